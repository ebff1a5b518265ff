package org.claimskb.scoring;

import java.util.List;

/**
 * The credibility-weighted conclusion on one proposition, for one year (scoring.md v2).
 *
 * @param score    weighted mean of positions (+1 for, -1 against), shrunk towards 0, in -1..1
 * @param weight   total evidence weight
 * @param year     the year this verdict is for: the latest year with evidence up to the as-of
 *                 date (null when there is no evidence)
 * @param timeline one entry per year with evidence, oldest first
 */
public record Verdict(String proposition, String statement, VerdictBand verdict, double score, double weight,
                      List<Evidence> evidenceFor, List<Evidence> evidenceAgainst, Integer year,
                      List<YearVerdict> timeline) {
    public Verdict {
        evidenceFor = List.copyOf(evidenceFor);
        evidenceAgainst = List.copyOf(evidenceAgainst);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }

    /** A verdict without a time frame (a proposition with evidence of one year, or none). */
    public Verdict(String proposition, String statement, VerdictBand verdict, double score, double weight,
                   List<Evidence> evidenceFor, List<Evidence> evidenceAgainst) {
        this(proposition, statement, verdict, score, weight, evidenceFor, evidenceAgainst, null, List.of());
    }

    /** The verdict of one year of a proposition's timeline. */
    public record YearVerdict(int year, VerdictBand verdict, double score, double weight) {}
}
