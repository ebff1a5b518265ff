package org.claimskb.rules.facts;

import java.util.Set;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Position;
import org.claimskb.scoring.TimeFrames;

/**
 * A claim's position on one proposition; rules join these on {@code proposition}.
 *
 * @param when      the time the claim is about, or null
 * @param said      the date of the claim's source (its event), standing in for a missing {@code when}
 * @param interests the entities the speaker has an interest in, to tell same-interest corroborators
 */
public record StanceFact(String claim, String proposition, Position position, String speaker, String source,
                         String event, String utterance, boolean draft, PartialDate when, PartialDate said,
                         Set<String> interests) {
    public StanceFact {
        interests = Set.copyOf(interests);
    }

    /** Whether the two claims are about overlapping times (see {@link TimeFrames#overlap}). */
    public boolean overlapsInTime(StanceFact other) {
        return TimeFrames.overlap(when, said, other.when, other.said);
    }

    /**
     * Whether the two are one speaker's one utterance read from two texts (a transcript and a
     * summary of one interview): such texts neither corroborate nor contradict each other.
     */
    public boolean retells(StanceFact other) {
        return speaker.equals(other.speaker) && event.equals(other.event) && !source.equals(other.source);
    }

    public boolean sharesInterestWith(StanceFact other) {
        return interests.stream().anyMatch(other.interests::contains);
    }

    /** {@code 2027} or {@code undated (said 2025-12-09)}. */
    public String timeText() {
        return TimeFrames.describe(when, said);
    }
}
