package org.claimskb.scoring;

import java.util.List;

/**
 * Two claims that cannot both be right.
 *
 * @param subject for numeric contradictions: the quantity subject (else null)
 * @param metric  for numeric contradictions: the metric; for stance ones: the proposition id
 */
public record Contradiction(ContradictionKind kind, List<String> claims, List<String> speakers,
                            String subject, String metric, String detail) {
    public Contradiction {
        claims = List.copyOf(claims);
        speakers = List.copyOf(speakers);
    }
}
