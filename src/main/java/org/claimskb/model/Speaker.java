package org.claimskb.model;

import java.util.List;

/**
 * Someone who makes claims, with the trust regime that sets their priors and what they stand to gain.
 *
 * @param regimeBasis optional global claim id that grounds the regime
 * @param aliases     (v2) other names and spellings, any language: search and {@code claims add}
 *                    recognise the speaker by them
 */
public record Speaker(String id, String name, String role, Regime regime, String regimeBasis,
                      List<Interest> interests, List<String> aliases) {
    public Speaker {
        interests = List.copyOf(interests);
        aliases = List.copyOf(aliases);
    }

    /** A speaker known by their name only. */
    public Speaker(String id, String name, String role, Regime regime, String regimeBasis, List<Interest> interests) {
        this(id, name, role, regime, regimeBasis, interests, List.of());
    }
}
