package org.claimskb.scoring;

import java.util.Set;
import org.claimskb.model.Flag;

/**
 * The arithmetic of verdicts, with the numbers of the table ({@code rules/parameters.yaml},
 * section {@code verdict}): how much one claim weighs, how the weighted positions combine, and
 * where the score falls.
 *
 * <ul>
 *   <li>weight = credibility x verifiability factor: {@code verifiable_factor} for a VERIFIABLE
 *       claim, {@code unverifiable_factor} for an UNVERIFIABLE one, {@code plain_factor} otherwise;</li>
 *   <li>score = sum(weight x position) / (sum(weight) + {@code shrinkage}), position +1 for, -1
 *       against: the weighted mean, shrunk towards 0 as if a neutral pseudo-claim sat in the middle;</li>
 *   <li>below a total weight of {@code weight_floor} the verdict is insufficient-evidence;</li>
 *   <li>bands: score &ge; {@code supported} supported, &ge; {@code leans} leans-supported,
 *       &gt; -{@code leans} contested, &gt; -{@code supported} leans-refuted, else refuted.</li>
 * </ul>
 */
public record VerdictMath(Parameters.Verdicts p) {

    public double verifiabilityFactor(Set<Flag> flags) {
        if (flags.contains(Flag.VERIFIABLE)) {
            return p.verifiableFactor();
        }
        return flags.contains(Flag.UNVERIFIABLE) ? p.unverifiableFactor() : p.plainFactor();
    }

    /** The shrunk weighted mean of positions, in -1..1. */
    public double score(double weightFor, double weightAgainst) {
        return (weightFor - weightAgainst) / (weightFor + weightAgainst + p.shrinkage());
    }

    public double weightFloor() {
        return p.weightFloor();
    }

    public VerdictBand band(double score, double totalWeight) {
        if (totalWeight < p.weightFloor()) {
            return VerdictBand.INSUFFICIENT_EVIDENCE;
        }
        if (score >= p.supported()) {
            return VerdictBand.SUPPORTED;
        }
        if (score >= p.leans()) {
            return VerdictBand.LEANS_SUPPORTED;
        }
        if (score > -p.leans()) {
            return VerdictBand.CONTESTED;
        }
        return score > -p.supported() ? VerdictBand.LEANS_REFUTED : VerdictBand.REFUTED;
    }
}
