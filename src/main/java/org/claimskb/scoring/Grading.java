package org.claimskb.scoring;

import java.util.Locale;

/**
 * A speaker's reliability grade, in the spirit of the NATO/Admiralty source grading:
 * A completely reliable, B usually reliable, C fairly reliable, D not usually reliable,
 * E unreliable, F cannot be judged (unknown, not worst).
 *
 * <p>The basis is the mean credibility of the speaker's facts and statistics (of all their
 * reviewed claims when they made fewer than {@value #MIN_FACTS} facts), averaged with their hit
 * rate once {@value #MIN_RESOLVED} or more predictions are resolved, less
 * {@value #SELF_CONTRADICTION_PENALTY} per self-contradiction (at most
 * {@value #MAX_SELF_CONTRADICTION_PENALTY}). F when the speaker has fewer than
 * {@value #MIN_CLAIMS} reviewed claims and fewer than {@value #MIN_RESOLVED} resolved predictions.
 * Bands: A &ge; {@value #A}, B &ge; {@value #B}, C &ge; {@value #C}, D &ge; {@value #D}, else E.
 */
public final class Grading {
    public static final int MIN_CLAIMS = 3;
    public static final int MIN_FACTS = 2;
    public static final int MIN_RESOLVED = 2;
    public static final double SELF_CONTRADICTION_PENALTY = 0.1;
    public static final double MAX_SELF_CONTRADICTION_PENALTY = 0.3;
    public static final double A = 0.80;
    public static final double B = 0.65;
    public static final double C = 0.50;
    public static final double D = 0.35;

    private Grading() {}

    /** A letter and the sentence saying how it was reached. */
    public record Grade(String letter, String reason) {}

    /**
     * @param meanCredibility     mean over all reviewed claims, null when none
     * @param meanFactCredibility mean over facts and statistics, null when none
     * @param hitRate             (true + half of partly) / resolved, ignored when resolved is 0
     */
    public static Grade grade(int claims, Double meanCredibility, int facts, Double meanFactCredibility,
                              int resolved, double hitRate, int selfContradictions) {
        if (claims < MIN_CLAIMS && resolved < MIN_RESOLVED) {
            return new Grade("F", String.format(Locale.ROOT,
                    "cannot be judged: %d reviewed claim%s and %d resolved prediction%s (needs %d claims or %d resolutions)",
                    claims, claims == 1 ? "" : "s", resolved, resolved == 1 ? "" : "s", MIN_CLAIMS, MIN_RESOLVED));
        }
        StringBuilder why = new StringBuilder();
        Double basis;
        if (facts >= MIN_FACTS && meanFactCredibility != null) {
            basis = meanFactCredibility;
            why.append(String.format(Locale.ROOT, "mean credibility of %d facts and statistics %.2f", facts, basis));
        } else {
            basis = meanCredibility;
            if (basis != null) {
                why.append(String.format(Locale.ROOT, "mean credibility of %d claims %.2f", claims, basis));
            }
        }
        double r;
        if (resolved >= MIN_RESOLVED) {
            r = basis == null ? hitRate : (basis + hitRate) / 2;
            why.append(why.isEmpty() ? "" : ", averaged with ")
                    .append(String.format(Locale.ROOT, "hit rate %.2f over %d resolved predictions", hitRate, resolved));
        } else {
            r = basis == null ? 0.5 : basis;
        }
        if (selfContradictions > 0) {
            double penalty = Math.min(MAX_SELF_CONTRADICTION_PENALTY, SELF_CONTRADICTION_PENALTY * selfContradictions);
            r -= penalty;
            why.append(String.format(Locale.ROOT, ", less %.2f for %d self-contradiction%s", penalty,
                    selfContradictions, selfContradictions == 1 ? "" : "s"));
        }
        String letter = r >= A ? "A" : r >= B ? "B" : r >= C ? "C" : r >= D ? "D" : "E";
        return new Grade(letter, why + String.format(Locale.ROOT, " = %.2f", r));
    }
}
