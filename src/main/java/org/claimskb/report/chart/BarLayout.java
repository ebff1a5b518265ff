package org.claimskb.report.chart;

import java.util.ArrayList;
import java.util.List;
import org.claimskb.report.chart.Shapes.Frame;
import org.claimskb.report.chart.Shapes.Line;
import org.claimskb.report.chart.Shapes.Rect;
import org.claimskb.report.chart.Shapes.Text;

/** Lays out a {@link BarChart}: bars on a 0..100% scale with gridlines at quarters, names left and values right. */
public final class BarLayout {

    static final double LABEL_FONT = 12.5;
    private static final int LABEL_MIN_WIDTH = 140;
    private static final int LABEL_MAX_WIDTH = 340;
    private static final int PLOT_WIDTH = 380;
    /** Room right of the plot for the value and note of a full bar. */
    private static final int VALUE_WIDTH = 170;
    private static final int ROW_HEIGHT = 30;
    private static final int BAR_HEIGHT = 18;
    private static final int TOP = 16;
    private static final int BOTTOM = 44;

    private BarLayout() {}

    /**
     * One bar.
     *
     * @param value     position on the scale, 0..1 (clamped)
     * @param valueText what is printed after the bar
     * @param note      printed after the value (for example a grade), may be null
     */
    public record Bar(String label, double value, String valueText, String note) {
        public Bar {
            label = ChartText.clean(label);
            valueText = ChartText.clean(valueText);
            note = ChartText.clean(note);
        }
    }

    public static BarChart layout(String id, String title, String desc, List<Bar> bars, String axisLabel) {
        int labelWidth = labelColumn(bars);
        int width = labelWidth + PLOT_WIDTH + VALUE_WIDTH;
        int bottom = TOP + bars.size() * ROW_HEIGHT;
        var frame = new Frame(ChartText.clean(id), ChartText.clean(title), ChartText.clean(desc), width, bottom + BOTTOM);
        var axis = new Text(labelWidth + PLOT_WIDTH / 2.0, bottom + 36, "middle", ChartText.clean(axisLabel));
        var rows = new ArrayList<BarChart.Row>();
        for (int i = 0; i < bars.size(); i++) {
            rows.add(row(bars.get(i), TOP + i * ROW_HEIGHT, labelWidth));
        }
        return new BarChart(frame, labelWidth, PLOT_WIDTH, ticks(labelWidth, bottom), axis, rows);
    }

    /**
     * How wide the name column is: as wide as the longest name needs, within bounds, so a long
     * name is cut only when it would squeeze the plot.
     */
    static int labelColumn(List<Bar> bars) {
        double longest = bars.stream().mapToDouble(b -> ChartText.textWidth(b.label(), LABEL_FONT, false)).max().orElse(0);
        return (int) Math.ceil(Math.clamp(14 + longest, LABEL_MIN_WIDTH, LABEL_MAX_WIDTH));
    }

    /** Gridlines at 0, 25, 50, 75 and 100%, from just above the first bar to below the last. */
    private static List<BarChart.Tick> ticks(int plotX, int bottom) {
        var ticks = new ArrayList<BarChart.Tick>();
        for (int q = 0; q <= 4; q++) {
            double x = plotX + PLOT_WIDTH * q / 4.0;
            ticks.add(new BarChart.Tick(new Line(x, TOP - 4, x, bottom), q != 0,
                    new Text(x, bottom + 16, "middle", (q * 25) + "%")));
        }
        return ticks;
    }

    private static BarChart.Row row(Bar bar, double y, int plotX) {
        double w = Math.max(0, Math.min(1, bar.value())) * PLOT_WIDTH;
        String tooltip = bar.label() + ": " + bar.valueText() + (bar.note() == null ? "" : ", " + bar.note());
        var name = new Text(plotX - 10, y + 19, "end", ChartText.fit(bar.label(), plotX - 14, LABEL_FONT, false));
        String value = bar.valueText() + (bar.note() == null ? "" : "  " + bar.note());
        return new BarChart.Row(tooltip, name, new Rect(plotX, y + 5, w, BAR_HEIGHT),
                new Text(plotX + w + 8, y + 19, "start", value));
    }
}
