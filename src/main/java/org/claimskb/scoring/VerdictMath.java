package org.claimskb.scoring;

import org.claimskb.model.Flag;
import java.util.Set;

/**
 * The arithmetic of verdicts: how much one claim weighs, how the weighted positions combine,
 * and where the score falls.
 *
 * <ul>
 *   <li>weight = credibility x verifiability factor: {@value #VERIFIABLE_FACTOR} for a VERIFIABLE
 *       claim, {@value #UNVERIFIABLE_FACTOR} for an UNVERIFIABLE one, {@value #PLAIN_FACTOR}
 *       otherwise (a claim that is neither checkable nor vague);</li>
 *   <li>score = sum(weight x position) / (sum(weight) + {@value #SHRINKAGE}), position +1 for,
 *       -1 against: the weighted mean, shrunk towards 0 as if a neutral pseudo-claim of weight
 *       {@value #SHRINKAGE} sat in the middle, so one credible claim alone only leans;</li>
 *   <li>below a total weight of {@value #WEIGHT_FLOOR} the verdict is insufficient-evidence;</li>
 *   <li>bands: score &ge; {@value #SUPPORTED} supported, &ge; {@value #LEANS} leans-supported,
 *       &gt; -{@value #LEANS} contested, &gt; -{@value #SUPPORTED} leans-refuted, else refuted.</li>
 * </ul>
 */
public final class VerdictMath {
    public static final double VERIFIABLE_FACTOR = 1.0;
    public static final double PLAIN_FACTOR = 0.75;
    public static final double UNVERIFIABLE_FACTOR = 0.5;
    public static final double SHRINKAGE = 1.0;
    public static final double WEIGHT_FLOOR = 0.5;
    public static final double SUPPORTED = 0.6;
    public static final double LEANS = 0.2;

    private VerdictMath() {}

    public static double verifiabilityFactor(Set<Flag> flags) {
        if (flags.contains(Flag.VERIFIABLE)) {
            return VERIFIABLE_FACTOR;
        }
        return flags.contains(Flag.UNVERIFIABLE) ? UNVERIFIABLE_FACTOR : PLAIN_FACTOR;
    }

    /** The shrunk weighted mean of positions, in -1..1. */
    public static double score(double weightFor, double weightAgainst) {
        return (weightFor - weightAgainst) / (weightFor + weightAgainst + SHRINKAGE);
    }

    public static VerdictBand band(double score, double totalWeight) {
        if (totalWeight < WEIGHT_FLOOR) {
            return VerdictBand.INSUFFICIENT_EVIDENCE;
        }
        if (score >= SUPPORTED) {
            return VerdictBand.SUPPORTED;
        }
        if (score >= LEANS) {
            return VerdictBand.LEANS_SUPPORTED;
        }
        if (score > -LEANS) {
            return VerdictBand.CONTESTED;
        }
        return score > -SUPPORTED ? VerdictBand.LEANS_REFUTED : VerdictBand.REFUTED;
    }
}
