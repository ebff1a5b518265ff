package org.claimskb.rules.facts;

import java.util.List;

/**
 * A speaker's resolved predictions as of the analysis day, built by a rule in {@code predictions.drl}.
 *
 * @param brier mean squared error of stated probabilities against outcomes, or null when none was stated
 */
public record TrackRecord(String speaker, int hits, int misses, int partly, Double brier) {

    public int resolved() {
        return hits + misses + partly;
    }

    /**
     * Hits minus misses (partly counts half a hit) over resolved plus one: in -1..1, and shrunk
     * towards 0 for a short record, so one lucky call does not make an oracle.
     */
    public double balance() {
        return (hits + 0.5 * partly - misses) / (resolved() + 1.0);
    }

    /** {@code 2 of 3 resolved predictions came true (1 partly)}. */
    public String describe() {
        String s = hits + " of " + resolved() + " resolved predictions came true";
        if (partly > 0) {
            s += " (" + partly + " partly)";
        }
        return brier == null ? s : s + String.format(", Brier score %.2f", brier);
    }

    /** Builds the record from the speaker's known resolutions. */
    public static TrackRecord of(String speaker, List<?> resolutions) {
        int hits = 0, misses = 0, partly = 0, stated = 0;
        double squared = 0;
        for (Object o : resolutions) {
            ResolutionFact r = (ResolutionFact) o;
            switch (r.outcome()) {
                case TRUE -> hits++;
                case FALSE -> misses++;
                case PARTLY -> partly++;
            }
            if (r.probability() != null) {
                double err = r.probability() - r.outcomeValue();
                squared += err * err;
                stated++;
            }
        }
        return new TrackRecord(speaker, hits, misses, partly, stated == 0 ? null : squared / stated);
    }
}
