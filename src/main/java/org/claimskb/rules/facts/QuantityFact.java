package org.claimskb.rules.facts;

import java.util.Set;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Quantity;
import org.claimskb.scoring.NumericAgreement;
import org.claimskb.scoring.TimeFrames;

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

    /** {@code weight of nvidia-blackwell-rack (GB200 NVL72 rack)}. */
    public String subjectText() {
        return quantity.metric() + " of " + quantity.subject() + (scope == null ? "" : " (" + scope + ")");
    }
}
