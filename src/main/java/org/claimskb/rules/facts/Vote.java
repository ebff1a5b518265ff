package org.claimskb.rules.facts;

import java.util.Set;
import org.claimskb.model.PartialDate;

/**
 * A claim's place in one disagreement group: which side it is on, who said it where, and its
 * base credibility. Inserted by the engine between the two stages, one per claim and group;
 * rules join it on {@code claim} and on {@code group}.
 *
 * @param group     the group id ({@code stance|proposition|2026}, {@code numeric|subject|metric|scope|dim|2024})
 * @param side      the side within the group ({@code for}, {@code against}, or a value cluster's number)
 * @param utterance {@code speaker@event}: texts of one event by one speaker are one utterance
 * @param said      the date of the event the claim was said at
 * @param base      credibility before any rule that weighs one claim by another
 * @param interests the entities the speaker has an interest in (with what they are part of)
 */
public record Vote(String claim, String group, String side, String speaker, String event, String source,
                   String utterance, PartialDate said, double base, Set<String> interests) {
    public Vote {
        interests = Set.copyOf(interests);
    }
}
