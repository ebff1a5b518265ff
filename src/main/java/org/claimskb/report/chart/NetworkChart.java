package org.claimskb.report.chart;

import java.util.List;
import org.claimskb.report.chart.Shapes.Box;
import org.claimskb.report.chart.Shapes.Circle;
import org.claimskb.report.chart.Shapes.Curve;
import org.claimskb.report.chart.Shapes.Frame;
import org.claimskb.report.chart.Shapes.Line;
import org.claimskb.report.chart.Shapes.Rotation;
import org.claimskb.report.chart.Shapes.Text;

/**
 * A network of nodes on a ring, laid out by {@link NetworkLayout} and drawn by
 * {@code charts/network.jte} in this order: the legend, the edges (thin ones first), each node
 * (after its loop, if it has one), the counts on the edges, and the note on counts left off.
 *
 * @param leftOff says how many counts found no free spot; null when none was left off
 */
public record NetworkChart(Frame frame, List<LegendRow> legend, List<EdgeLine> edges, List<NodeMark> nodes,
                           List<CountMark> counts, Text leftOff) {

    public NetworkChart {
        legend = List.copyOf(legend);
        edges = List.copyOf(edges);
        nodes = List.copyOf(nodes);
        counts = List.copyOf(counts);
    }

    /** A legend entry: its sample marks (lines, a loop, circles; any may be absent) and its words. */
    public record LegendRow(List<Stroke> strokes, Curve loop, List<Circle> circles, Text text) {
        public LegendRow {
            strokes = List.copyOf(strokes);
            circles = List.copyOf(circles);
        }
    }

    /** A sample line in the legend; {@code width} null draws the default width. */
    public record Stroke(Line line, boolean dashed, Double width) {}

    /**
     * All edges between two nodes, merged into one line.
     *
     * @param count   how many edges were merged
     * @param dashed  whether any of them is dashed
     * @param opacity lighter ink when many lines cross the middle; null for full ink
     */
    public record EdgeLine(String from, String to, int count, String tooltip, Line line, boolean dashed, double width,
                           Double opacity) {}

    /**
     * A node: its circle with initials, its name outside the ring, and its loop when it has edges
     * to itself.
     *
     * @param loop null when the node has no edge to itself
     */
    public record NodeMark(String id, String tooltip, Circle circle, Text initials, Label label, LoopMark loop) {}

    /**
     * A node's name: one or two horizontal lines, or (with many nodes) one line turned along the
     * radius by {@code rotation}.
     *
     * @param box      the area the name takes up on the canvas (estimated from its width)
     * @param rotation null for horizontal names
     */
    public record Label(List<Text> lines, Box box, Rotation rotation) {
        public Label {
            lines = List.copyOf(lines);
        }
    }

    /** A node's edges to itself: a teardrop pointing away from the ring's centre, with their number. */
    public record LoopMark(int count, String tooltip, Curve curve, boolean dashed, double width, Text label) {}

    /** The number printed on an edge, and the area it keeps clear. */
    public record CountMark(Text text, Box box) {}
}
