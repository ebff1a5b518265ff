package org.claimskb.scoring;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A disagreement group (scoring.md v2): claims about one thing in one year, by at least two
 * speakers, on at least two sides. Listed once however many claims it holds.
 */
public sealed interface Disagreement permits StanceDisagreement, NumericDisagreement {
    DisagreementKind kind();

    /** The calendar year the group is about; null for standing quantities compared in any year. */
    Integer year();

    /** The sides, heaviest first. */
    List<Side> sides();

    /** One line: who says what. */
    String detail();

    /** What the group is about, in words: the proposition's statement, or {@code weight of nvidia-blackwell-rack}. */
    String about();

    /** Every claim of the group, side by side, strongest first within a side. */
    default List<String> claims() {
        return sides().stream().flatMap(s -> s.claimIds().stream()).toList();
    }

    /** Every speaker of the group, in side order. */
    default List<String> speakers() {
        var all = new LinkedHashSet<String>();
        sides().forEach(s -> all.addAll(s.speakers()));
        return List.copyOf(all);
    }

    /** The group's weight: all sides' totals, for ordering (heaviest disagreements first). */
    default double weight() {
        return sides().stream().mapToDouble(Side::weight).sum();
    }
}
