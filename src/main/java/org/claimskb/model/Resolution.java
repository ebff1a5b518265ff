package org.claimskb.model;

import java.time.LocalDate;

/** The outcome of a prediction, with the date it became known and the evidence. */
public record Resolution(String claim, Outcome outcome, LocalDate date, String evidence, String path) {}
