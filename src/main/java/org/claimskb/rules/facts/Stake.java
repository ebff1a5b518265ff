package org.claimskb.rules.facts;

import java.util.List;

/**
 * Found by a detection rule: a claim favors or harms something its own speaker has an interest in.
 *
 * @param entities what is at stake, e.g. {@code nvidia (through nvidia-blackwell)}
 * @param interests the speaker's interests involved, e.g. {@code an executive interest in nvidia}
 */
public record Stake(String claim, Direction direction, List<String> entities, List<String> interests) {
    public Stake {
        entities = List.copyOf(entities);
        interests = List.copyOf(interests);
    }

    /** Builds a stake from the matches an accumulate collected, without repeats. */
    public static Stake of(String claim, Direction direction, List<?> affects, List<?> interests) {
        List<String> e = affects.stream().map(a -> ((Affects) a).describe()).distinct().sorted().toList();
        List<String> i = interests.stream().map(s -> ((SpeakerInterest) s).describe()).distinct().sorted().toList();
        return new Stake(claim, direction, e, i);
    }

    /** {@code nvidia (through nvidia-blackwell), where the speaker has an executive interest in nvidia}. */
    public String describe() {
        return String.join(", ", entities) + ", where the speaker has " + String.join(" and ", interests);
    }
}
