package org.claimskb.scoring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.claimskb.model.Flag;

/**
 * A claim's credibility and how it came about: {@code credibility = sigmoid(prior + sum of effects)}.
 *
 * @param prior       log-odds from the speaker's regime and the claim's kind
 * @param priorDetail why the prior is what it is
 * @param findings    every finding about the claim, effects after the prior
 */
public record ClaimScore(String claim, double prior, String priorDetail, List<Finding> findings,
                         double credibility, Set<Flag> flags) {
    public ClaimScore {
        findings = List.copyOf(findings);
        // EnumSet keeps flags in vocabulary order, so output is the same on every run.
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
    }

    public static double sigmoid(double logOdds) {
        return 1 / (1 + Math.exp(-logOdds));
    }
}
