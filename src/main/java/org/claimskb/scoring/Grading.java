package org.claimskb.scoring;

import java.util.Locale;

/**
 * A speaker's reliability grade, in the spirit of the NATO/Admiralty source grading:
 * A completely reliable, B usually reliable, C fairly reliable, D not usually reliable,
 * E unreliable, F cannot be judged (unknown, not worst). The numbers are the table's
 * ({@code rules/parameters.yaml}, section {@code grade}).
 *
 * <p>The basis is the mean credibility of the speaker's facts and statistics (of all their
 * reviewed claims when they made fewer than {@code min_facts} facts), averaged with their hit
 * rate once {@code min_resolved} or more predictions are resolved, less
 * {@code self_contradiction_penalty} per self-contradiction (at most
 * {@code max_self_contradiction_penalty}). F when the speaker has fewer than {@code min_claims}
 * reviewed claims and fewer than {@code min_resolved} resolved predictions. Bands: A &ge; {@code a},
 * B &ge; {@code b}, C &ge; {@code c}, D &ge; {@code d}, else E.
 */
public record Grading(Parameters.Grades p) {

    /** A letter and the sentence saying how it was reached. */
    public record Grade(String letter, String reason) {}

    /**
     * @param meanCredibility     mean over all reviewed claims, null when none
     * @param meanFactCredibility mean over facts and statistics, null when none
     * @param hitRate             (true + half of partly) / resolved, ignored when resolved is 0
     */
    public Grade grade(int claims, Double meanCredibility, int facts, Double meanFactCredibility,
                              int resolved, double hitRate, int selfContradictions) {
        if (claims < p.minClaims() && resolved < p.minResolved()) {
            return new Grade("F", String.format(Locale.ROOT,
                    "cannot be judged: %d reviewed claim%s and %d resolved prediction%s (needs %d claims or %d resolutions)",
                    claims, claims == 1 ? "" : "s", resolved, resolved == 1 ? "" : "s", p.minClaims(), p.minResolved()));
        }
        StringBuilder why = new StringBuilder();
        Double basis;
        if (facts >= p.minFacts() && meanFactCredibility != null) {
            basis = meanFactCredibility;
            why.append(String.format(Locale.ROOT, "mean credibility of %d facts and statistics %.2f", facts, basis));
        } else {
            basis = meanCredibility;
            if (basis != null) {
                why.append(String.format(Locale.ROOT, "mean credibility of %d claims %.2f", claims, basis));
            }
        }
        double r;
        if (resolved >= p.minResolved()) {
            r = basis == null ? hitRate : (basis + hitRate) / 2;
            why.append(why.isEmpty() ? "" : ", averaged with ")
                    .append(String.format(Locale.ROOT, "hit rate %.2f over %d resolved predictions", hitRate, resolved));
        } else {
            r = basis == null ? 0.5 : basis;
        }
        if (selfContradictions > 0) {
            double penalty = Math.min(p.maxSelfContradictionPenalty(), p.selfContradictionPenalty() * selfContradictions);
            r -= penalty;
            why.append(String.format(Locale.ROOT, ", less %.2f for %d self-contradiction%s", penalty,
                    selfContradictions, selfContradictions == 1 ? "" : "s"));
        }
        String letter = r >= p.a() ? "A" : r >= p.b() ? "B" : r >= p.c() ? "C" : r >= p.d() ? "D" : "E";
        return new Grade(letter, why + String.format(Locale.ROOT, " = %.2f", r));
    }
}
