package org.claimskb.web;

import java.util.ArrayList;
import java.util.List;
import org.claimskb.model.Outcome;

/**
 * A speaker's calibration: for each resolved prediction with a stated probability, the stated
 * probability against what happened (true 1, partly 0.5, false 0), and per fifth of the scale the
 * mean stated against the mean observed. A calibrated speaker's bins lie on the diagonal. The
 * geometry is computed here; the template only draws it.
 *
 * @param size the chart's side in pixels (square)
 */
public record Calibration(List<Point> points, List<Bin> bins, int size, int pad) {
    static final int SIZE = 260;
    static final int PAD = 34;
    static final int BINS = 5;

    public Calibration {
        points = List.copyOf(points);
        bins = List.copyOf(bins);
    }

    /** One prediction: stated and observed, and where it stands on the chart. */
    public record Point(String claim, String text, double stated, double observed, double x, double y) {}

    /** One fifth of the probability scale with at least one prediction. */
    public record Bin(double from, double to, int n, double meanStated, double observed, double x, double y) {}

    /** A resolved prediction with a stated probability. */
    record Resolved(String claim, String text, double probability, Outcome outcome) {}

    static double observed(Outcome o) {
        return switch (o) {
            case TRUE -> 1;
            case PARTLY -> 0.5;
            case FALSE -> 0;
        };
    }

    /** The chart, or null when no prediction has both a probability and an outcome. */
    static Calibration of(List<Resolved> resolved) {
        if (resolved.isEmpty()) return null;
        var points = new ArrayList<Point>();
        double[] sumStated = new double[BINS];
        double[] sumObserved = new double[BINS];
        int[] n = new int[BINS];
        for (Resolved r : resolved) {
            double p = Math.max(0, Math.min(1, r.probability()));
            double o = observed(r.outcome());
            points.add(new Point(r.claim(), r.text(), p, o, x(p), y(o)));
            int b = Math.min(BINS - 1, (int) Math.floor(p * BINS));
            sumStated[b] += p;
            sumObserved[b] += o;
            n[b]++;
        }
        var bins = new ArrayList<Bin>();
        for (int b = 0; b < BINS; b++) {
            if (n[b] == 0) continue;
            double stated = sumStated[b] / n[b];
            double obs = sumObserved[b] / n[b];
            bins.add(new Bin((double) b / BINS, (double) (b + 1) / BINS, n[b], stated, obs, x(stated), y(obs)));
        }
        return new Calibration(points, bins, SIZE, PAD);
    }

    /** Where a probability stands across. */
    static double x(double p) {
        return PAD + p * (SIZE - 2 * PAD);
    }

    /** Where an observed frequency stands up (SVG's y grows downwards). */
    static double y(double o) {
        return SIZE - PAD - o * (SIZE - 2 * PAD);
    }

    public double low() {
        return SIZE - PAD;
    }

    public double high() {
        return PAD;
    }
}
