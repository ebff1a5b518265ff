package org.claimskb.scoring;

import java.util.List;

/**
 * One speaker on two sides of one group, at one time: in one text, or at two events of the
 * same date (a retelling of one utterance in two texts is not one; two dates are a revision).
 *
 * @param about   what the group is about, in words
 * @param claims  the speaker's claims in the group
 */
public record SelfContradiction(String speaker, DisagreementKind kind, String about, Integer year,
                                List<ClaimRef> claims, String detail) {
    public SelfContradiction {
        claims = List.copyOf(claims);
    }
}
