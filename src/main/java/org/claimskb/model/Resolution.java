package org.claimskb.model;

import java.time.LocalDate;

/** The outcome of a prediction, with the date it became known and the evidence. */
public record Resolution(String claim, Outcome outcome, LocalDate date, String evidence, String path) {

    /**
     * Whether the outcome is known on {@code day}: it has no date, or its date is not later. The
     * one reading the rules (predictions.drl), report cards, the report and {@code claims due} share.
     */
    public boolean knownBy(LocalDate day) {
        return date == null || !date.isAfter(day);
    }
}
