package org.claimskb.rules.facts;

import java.time.LocalDate;
import org.claimskb.model.Assessment;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Regime;
import org.claimskb.model.Source;
import org.claimskb.model.SourceKind;

/**
 * One claim with the context its rules need, flattened so every constraint is a field test.
 *
 * @param utterance   {@code speaker@event}: texts of one event by one speaker are one utterance
 * @param specific    states a number or a date: a quantity, a {@code when}, or a digit in its text
 * @param checkBy     for predictions, the last day of {@code due} (or of {@code when} when there is
 *                    no due date): the day by which it can be checked; otherwise null
 * @param favorsAny   names at least one entity in {@code favors}
 * @param harmsAny    names at least one entity in {@code harms}
 * @param secondhand  read from a text the speaker did not write or speak ({@link Source#secondhandFor})
 * @param author      the source's author (a speaker id), or null
 */
public record ClaimFact(String id, String source, String speaker, String speakerName, Regime regime,
                        ClaimKind kind, SourceKind sourceKind, String event, String utterance, boolean draft,
                        boolean specific, boolean hasQuantity, PartialDate when, PartialDate due,
                        LocalDate checkBy, Double probability, String about, Assessment assessment,
                        boolean favorsAny, boolean harmsAny, String text, boolean secondhand, String author) {

    /** Builds the fact for a claim given its speaker's regime and its source (null when unknown). */
    public static ClaimFact of(Claim c, String speakerName, Regime regime, Source source, String event) {
        SourceKind sourceKind = source == null ? null : source.kind();
        boolean digit = c.text().chars().anyMatch(Character::isDigit);
        boolean specific = c.quantity() != null || c.when() != null || digit;
        LocalDate checkBy = c.checkBy();
        return new ClaimFact(c.id(), c.sourceId(), c.speaker(), speakerName, regime, c.kind(), sourceKind, event,
                utteranceOf(c.speaker(), event), c.draft(), specific, c.quantity() != null, c.when(), c.due(),
                checkBy, c.probability(), c.about(), c.assessment(), !c.favors().isEmpty(), !c.harms().isEmpty(),
                c.text(), source != null && source.secondhandFor(c.speaker()), source == null ? null : source.author());
    }

    /** The utterance key shared by every text of one event by one speaker. */
    public static String utteranceOf(String speaker, String event) {
        return speaker + "@" + event;
    }

    /** {@code the prediction due 2026-06-30} or {@code the prediction (no due date)}, for details. */
    public String checkByText() {
        return checkBy == null ? "no date to check it by" : "checkable by " + checkBy;
    }
}
