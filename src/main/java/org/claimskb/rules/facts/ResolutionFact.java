package org.claimskb.rules.facts;

import java.time.LocalDate;
import org.claimskb.model.Outcome;

/**
 * The outcome of a claim (a prediction), with its speaker for the track record.
 *
 * @param date        when the outcome became known; a resolution dated after the analysis day is not yet known
 * @param probability the probability the speaker stated for the claim, or null
 * @param draft       whether the resolved claim is a draft (drafts never count)
 */
public record ResolutionFact(String claim, String speaker, Outcome outcome, LocalDate date, String evidence,
                             Double probability, boolean draft) {

    /** The outcome as a number for Brier scores: true 1, false 0, partly 0.5. */
    public double outcomeValue() {
        return switch (outcome) {
            case TRUE -> 1.0;
            case FALSE -> 0.0;
            case PARTLY -> 0.5;
        };
    }
}
