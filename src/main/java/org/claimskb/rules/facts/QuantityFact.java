package org.claimskb.rules.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Quantity;
import org.claimskb.scoring.NumericAgreement;
import org.claimskb.scoring.TimeFrames;
import org.claimskb.units.Unit;
import org.claimskb.units.Units;

/**
 * A claim's number, converted to its dimension's base unit; rules join these on {@code key}.
 *
 * @param key       {@code subject|metric|scope|dimension}: only equal keys are compared. A missing
 *                  scope is its own value, equal only to another missing scope
 * @param baseMin   the low end in the dimension's base unit (kg, W, USD, ...)
 * @param baseMax   the high end in the base unit (equal to baseMin for a single value)
 */
public record QuantityFact(String claim, String key, String subject, String metric, String scope,
                           String dimension, Quantity quantity, double baseMin, double baseMax, String speaker,
                           String source, String event, String utterance, boolean draft, PartialDate when,
                           PartialDate said, Set<String> interests) {
    public QuantityFact {
        interests = Set.copyOf(interests);
    }

    /** The join key for a quantity: subject, metric, scope (or none) and dimension. */
    public static String keyOf(Quantity q, String dimension) {
        String scope = q.scope() == null ? "\u2205" : "=" + q.scope().strip();
        return q.subject() + "|" + q.metric() + "|" + scope + "|" + dimension;
    }

    public boolean overlapsInTime(QuantityFact other) {
        return TimeFrames.overlap(when, said, other.when, other.said);
    }

    /** Whether the values lie further apart than the tolerance of {@link NumericAgreement}. */
    public boolean apartFrom(QuantityFact other) {
        return !agreesWith(other);
    }

    public boolean agreesWith(QuantityFact other) {
        return NumericAgreement.agree(baseMin, baseMax, other.baseMin, other.baseMax);
    }

    /** See {@link StanceFact#retells}. */
    public boolean retells(QuantityFact other) {
        return speaker.equals(other.speaker) && event.equals(other.event) && !source.equals(other.source);
    }

    public boolean sharesInterestWith(QuantityFact other) {
        return interests.stream().anyMatch(other.interests::contains);
    }

    /** {@code 3000 lb} or {@code 2500-3000 USD-B}. */
    public String valueText() {
        return quantity.valueText() + " " + quantity.unit();
    }

    /**
     * {@code 3000 lb vs 6000 lb}, or {@code 3000 lb vs 3 short-ton (6000 lb)} when the units
     * differ, so a reader sees the comparison that was made.
     */
    public String versus(QuantityFact other) {
        String text = valueText() + " vs " + other.valueText();
        Unit mine = Units.of(quantity.unit());
        if (mine.symbol().equals(Units.of(other.quantity.unit()).symbol())) {
            return text;
        }
        String lo = plain(other.baseMin / mine.toBase());
        String hi = plain(other.baseMax / mine.toBase());
        return text + " (" + (lo.equals(hi) ? lo : lo + "-" + hi) + " " + quantity.unit() + ")";
    }

    /** Six significant digits, no exponent, no trailing zeros: conversion noise stays out of details. */
    private static String plain(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /** {@code weight of nvidia-blackwell-rack (GB200 NVL72 rack)}. */
    public String subjectText() {
        return quantity.metric() + " of " + quantity.subject() + (scope == null ? "" : " (" + scope + ")");
    }
}
