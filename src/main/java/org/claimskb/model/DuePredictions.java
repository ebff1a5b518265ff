package org.claimskb.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reviewed predictions past the day they can be checked by with no outcome recorded, oldest
 * first, and those coming due within {@link #UPCOMING_DAYS} days (cli.md v2): what {@code claims
 * due} prints and the desk's due page lists. "Due" is {@link Claim#checkBy()}, the definition the
 * flags, report cards and report share.
 */
public record DuePredictions(List<Item> due, List<Item> upcoming) {
    public static final int UPCOMING_DAYS = 90;

    public DuePredictions {
        due = List.copyOf(due);
        upcoming = List.copyOf(upcoming);
    }

    /** One prediction on the list. */
    public record Item(Claim claim, LocalDate due, long daysOverdue) {}

    public static DuePredictions of(KnowledgeBase kb, LocalDate today) {
        Set<String> resolved = new HashSet<>();
        for (Resolution r : kb.resolutions()) {
            if (r.knownBy(today)) {
                resolved.add(r.claim());
            }
        }
        List<Item> due = new ArrayList<>();
        List<Item> upcoming = new ArrayList<>();
        for (Claim c : kb.claims()) {
            LocalDate by = c.checkBy();
            if (by == null || c.draft() || resolved.contains(c.id())) continue;
            if (by.isBefore(today)) {
                due.add(new Item(c, by, ChronoUnit.DAYS.between(by, today)));
            } else if (!by.isAfter(today.plusDays(UPCOMING_DAYS))) {
                upcoming.add(new Item(c, by, 0));
            }
        }
        Comparator<Item> oldestFirst = Comparator.comparing(Item::due).thenComparing(i -> i.claim().id());
        due.sort(oldestFirst);
        upcoming.sort(oldestFirst);
        return new DuePredictions(due, upcoming);
    }
}
