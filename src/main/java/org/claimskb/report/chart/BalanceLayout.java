package org.claimskb.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.claimskb.report.chart.Shapes.Frame;
import org.claimskb.report.chart.Shapes.Line;
import org.claimskb.report.chart.Shapes.Rect;
import org.claimskb.report.chart.Shapes.Text;

/** Lays out a {@link BalanceChart}: weight against and for, per row, on one scale from the largest weight. */
public final class BalanceLayout {

    private static final int WIDTH = 760;
    private static final int CENTRE = 340;
    /** How long the largest weight's bar is, either side of the centre. */
    private static final int HALF = 220;
    private static final int ROW_HEIGHT = 50;
    private static final int BAR_HEIGHT = 16;
    private static final int TOP = 44;
    private static final int LABEL_MAX = 95;

    private BalanceLayout() {}

    /** One row of a diverging chart: weight against (drawn left) and for (drawn right). */
    public record Balance(String label, double against, double forWeight, String note) {
        public Balance {
            label = ChartText.clean(label);
            note = ChartText.clean(note);
        }
    }

    public static BalanceChart layout(String id, String title, String desc, List<Balance> rows) {
        String cleanId = ChartText.clean(id);
        var frame = new Frame(cleanId, ChartText.clean(title), ChartText.clean(desc), WIDTH, TOP + rows.size() * ROW_HEIGHT + 4);
        double scale = scale(rows);
        var laid = new ArrayList<BalanceChart.Row>();
        for (int i = 0; i < rows.size(); i++) {
            laid.add(row(rows.get(i), TOP + i * ROW_HEIGHT, scale));
        }
        // Pattern and words, so the sides are told apart without colour.
        var against = new BalanceChart.Swatch(new Rect(CENTRE - 150, 8, 16, 12), new Text(CENTRE - 128, 18, "start", "Against (hatched)"));
        var forKey = new BalanceChart.Swatch(new Rect(CENTRE + 30, 8, 16, 12), new Text(CENTRE + 52, 18, "start", "For (solid)"));
        return new BalanceChart(frame, cleanId + "-hatch", against, forKey, laid);
    }

    /** The weight drawn {@link #HALF} long: the largest on either side (1 when there is none). */
    static double scale(List<Balance> rows) {
        double max = rows.stream().mapToDouble(r -> Math.max(r.against(), r.forWeight())).max().orElse(0);
        return max <= 0 ? 1 : max;
    }

    private static BalanceChart.Row row(Balance row, double y, double scale) {
        double wa = Math.max(0, row.against()) / scale * HALF;
        double wf = Math.max(0, row.forWeight()) / scale * HALF;
        String tooltip = row.label() + ": against " + Num.fixed2(row.against()) + ", for " + Num.fixed2(row.forWeight())
                + (row.note() == null ? "" : " (" + row.note() + ")");
        return new BalanceChart.Row(tooltip,
                new Text(CENTRE - HALF, y + 4, "start", ChartText.truncate(row.label(), LABEL_MAX)),
                new Rect(CENTRE - wa, y + 12, wa, BAR_HEIGHT),
                new Rect(CENTRE, y + 12, wf, BAR_HEIGHT),
                new Line(CENTRE, y + 8, CENTRE, y + 32),
                new Text(CENTRE - wa - 6, y + 25, "end", Num.fixed2(row.against())),
                new Text(CENTRE + wf + 6, y + 25, "start", Num.fixed2(row.forWeight())),
                row.note() == null ? null : new Text(WIDTH - 8, y + 25, "end", row.note()));
    }
}
