package org.claimskb.report.chart;

import java.util.List;
import org.claimskb.report.chart.Shapes.Frame;
import org.claimskb.report.chart.Shapes.Line;
import org.claimskb.report.chart.Shapes.Rect;
import org.claimskb.report.chart.Shapes.Text;

/**
 * Horizontal bars on a 0..100% scale, laid out by {@link BarLayout} and drawn by
 * {@code charts/bars.jte}: gridlines with their tick labels, the axis label, and one row per bar.
 *
 * @param plotX     where the scale's 0% lies
 * @param plotWidth how long a 100% bar is
 */
public record BarChart(Frame frame, double plotX, double plotWidth, List<Tick> ticks, Text axis, List<Row> rows) {

    public BarChart {
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
    }

    /** A gridline (dotted except at 0%) and its label under the plot. */
    public record Tick(Line grid, boolean dashed, Text label) {}

    /**
     * One bar: its name left of the plot (cut to fit the label column), the bar, and its value
     * (with the note) after the bar's end.
     *
     * @param tooltip the full name, value and note
     */
    public record Row(String tooltip, Text name, Rect bar, Text value) {}
}
