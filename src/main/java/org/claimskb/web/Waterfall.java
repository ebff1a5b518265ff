package org.claimskb.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Finding;

/**
 * A claim's credibility as a waterfall: the prior, then each rule's effect in log-odds, then the
 * total; {@code credibility = sigmoid(total)}. The geometry (where each bar starts and ends on
 * the chart) is computed here so that it can be checked by numbers; the template only draws it.
 *
 * @param bars   prior, one bar per finding with an effect, and the total, top to bottom
 * @param width  the chart's width in pixels
 * @param height the chart's height in pixels
 * @param zeroX  where log-odds 0 (credibility 0.5) stands
 */
public record Waterfall(List<Bar> bars, List<Finding> notes, double total, double credibility, double min, double max,
                 int width, int height, double zeroX) {
    static final int WIDTH = 760;
    static final int LABEL = 250;
    /** The right-hand column where each bar's effect is written, clear of the bars. */
    static final int VALUE = 64;
    static final int ROW = 26;
    static final int PAD = 12;

    /**
     * One bar from log-odds {@code from} to {@code to}.
     *
     * @param kind prior, up, down or total (the template colours by it)
     */
    public record Bar(String label, String detail, String kind, double from, double to, double x, double y, double w, double labelX,
                      double valueX) {
        public String effect() {
            double e = kind.equals("total") || kind.equals("prior") ? to : to - from;
            return String.format(Locale.ROOT, "%+.2f", e);
        }
    }

    static Waterfall of(ClaimScore score) {
        var steps = new ArrayList<double[]>();
        var labels = new ArrayList<String[]>();
        double at = score.prior();
        steps.add(new double[] {0, at});
        labels.add(new String[] {"prior", score.priorDetail(), "prior"});
        var notes = new ArrayList<Finding>();
        for (Finding f : score.findings()) {
            if (f.effect() == 0) {
                notes.add(f);
                continue;
            }
            steps.add(new double[] {at, at + f.effect()});
            labels.add(new String[] {f.rule() + (f.flag() == null ? "" : " [" + f.flag() + "]"), f.detail(), f.effect() > 0 ? "up" : "down"});
            at += f.effect();
        }
        steps.add(new double[] {0, at});
        labels.add(new String[] {"total", String.format(Locale.ROOT, "sigmoid(%.2f) = %.2f", at, ClaimScore.sigmoid(at)), "total"});
        double min = 0, max = 0;
        for (double[] s : steps) {
            min = Math.min(min, Math.min(s[0], s[1]));
            max = Math.max(max, Math.max(s[0], s[1]));
        }
        if (max - min < 1e-9) {
            max = min + 1;
        }
        double plot = WIDTH - LABEL - 2 * PAD - VALUE;
        double scale = plot / (max - min);
        double zero = LABEL + PAD + (0 - min) * scale;
        var bars = new ArrayList<Bar>();
        for (int i = 0; i < steps.size(); i++) {
            double from = steps.get(i)[0], to = steps.get(i)[1];
            double x = LABEL + PAD + (Math.min(from, to) - min) * scale;
            double w = Math.max(1, Math.abs(to - from) * scale);
            bars.add(new Bar(labels.get(i)[0], labels.get(i)[1], labels.get(i)[2], from, to, x, PAD + i * ROW, w, LABEL,
                    WIDTH - PAD));
        }
        return new Waterfall(bars, notes, at, ClaimScore.sigmoid(at), min, max, WIDTH, 2 * PAD + steps.size() * ROW, zero);
    }
}
