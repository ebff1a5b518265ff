package org.claimskb.scoring;

import java.util.List;

/**
 * The credibility-weighted conclusion on one proposition.
 *
 * @param score  weighted mean of positions (+1 for, -1 against), shrunk towards 0, in -1..1
 * @param weight total evidence weight
 */
public record Verdict(String proposition, String statement, VerdictBand verdict, double score, double weight,
                      List<Evidence> evidenceFor, List<Evidence> evidenceAgainst) {
    public Verdict {
        evidenceFor = List.copyOf(evidenceFor);
        evidenceAgainst = List.copyOf(evidenceAgainst);
    }
}
