package org.claimskb.scoring;

import java.util.List;

/**
 * One side of a disagreement group: a position on a proposition, or a cluster of values that
 * agree within tolerance.
 *
 * @param label    {@code for} / {@code against}, or the values ({@code 3000 lb})
 * @param claims   the side's claims, strongest (highest base credibility) first
 * @param speakers the side's speakers, in the order of their strongest claim
 * @param weight   the side's utterances' base credibility summed, each utterance (one speaker at
 *                 one event) once
 */
public record Side(String label, List<ClaimRef> claims, List<String> speakers, double weight) {
    public Side {
        claims = List.copyOf(claims);
        speakers = List.copyOf(speakers);
    }

    /** The side's most credible claim. */
    public ClaimRef strongest() {
        return claims.get(0);
    }

    public List<String> claimIds() {
        return claims.stream().map(ClaimRef::id).toList();
    }
}
