package org.claimskb.report.chart;

import java.util.List;
import org.claimskb.report.chart.Shapes.Frame;
import org.claimskb.report.chart.Shapes.Line;
import org.claimskb.report.chart.Shapes.Rect;
import org.claimskb.report.chart.Shapes.Text;

/**
 * Diverging bars, laid out by {@link BalanceLayout} and drawn by {@code charts/balance.jte}: per
 * row the weight against left of a centre line (hatched) and the weight for right of it (solid),
 * on one symmetric scale, with both numbers printed, under a legend that names the two patterns.
 *
 * @param hatchId the id of the hatch pattern the against-bars are filled with
 */
public record BalanceChart(Frame frame, String hatchId, Swatch againstKey, Swatch forKey, List<Row> rows) {

    public BalanceChart {
        rows = List.copyOf(rows);
    }

    /** A legend entry: a sample of the fill and its words. */
    public record Swatch(Rect sample, Text label) {}

    /**
     * One proposition.
     *
     * @param zero the centre line, drawn per row so it never runs through the labels
     * @param note printed at the right edge (the verdict); null for none
     */
    public record Row(String tooltip, Text label, Rect against, Rect forBar, Line zero, Text againstValue,
                      Text forValue, Text note) {}
}
