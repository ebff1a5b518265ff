package org.claimskb.rules.facts;

import java.time.LocalDate;

/** "Today" for the analysis: predictions are due, and resolutions known, relative to it. */
public record AsOf(LocalDate date) {
    /** Whether something dated {@code day} is known as of today (undated things always are). */
    public boolean knows(LocalDate day) {
        return day == null || !day.isAfter(date);
    }
}
