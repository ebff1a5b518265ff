package org.claimskb.model;

import java.util.List;

/**
 * Someone who makes claims, with the trust regime that sets their priors and what they stand to gain.
 *
 * @param regimeBasis optional global claim id that grounds the regime
 */
public record Speaker(String id, String name, String role, Regime regime, String regimeBasis,
                      List<Interest> interests) {
    public Speaker {
        interests = List.copyOf(interests);
    }
}
