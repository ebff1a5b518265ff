package org.claimskb.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.claimskb.report.chart.BalanceLayout.Balance;
import org.claimskb.report.chart.BarLayout.Bar;
import org.claimskb.report.chart.NetworkChart.CountMark;
import org.claimskb.report.chart.NetworkChart.NodeMark;
import org.claimskb.report.chart.NetworkLayout.Edge;
import org.claimskb.report.chart.NetworkLayout.Node;
import org.claimskb.report.chart.Shapes.Box;
import org.claimskb.report.chart.Shapes.Circle;
import org.claimskb.report.chart.Shapes.Frame;
import org.claimskb.report.chart.Shapes.Text;
import org.junit.jupiter.api.Test;

/** The charts' geometry, measured on the layouts' records rather than on the drawn SVG. */
class ChartGeometryTest {

    private static final double EPS = 1e-9;

    /** Where a line of text starts and ends, by the layouts' own estimate of its width. */
    private static double[] span(Text t, double fontSize, boolean bold) {
        double w = ChartText.textWidth(t.text(), fontSize, bold);
        return switch (t.anchor()) {
            case "start" -> new double[] {t.x(), t.x() + w};
            case "end" -> new double[] {t.x() - w, t.x()};
            default -> new double[] {t.x() - w / 2, t.x() + w / 2};
        };
    }

    private static void assertOnCanvas(Frame frame, Text t, double fontSize, boolean bold) {
        double[] s = span(t, fontSize, bold);
        assertTrue(s[0] >= 0 && s[1] <= frame.width(), "'" + t.text() + "' spans " + s[0] + ".." + s[1] + " of " + frame.width());
        assertTrue(t.y() - fontSize >= 0 && t.y() <= frame.height(), "'" + t.text() + "' at y " + t.y() + " of " + frame.height());
    }

    private static Box box(Circle c) {
        return new Box(c.cx() - c.r(), c.cy() - c.r(), c.cx() + c.r(), c.cy() + c.r());
    }

    // ---- bars -----------------------------------------------------------------------------

    @Test
    void barsAreAsLongAsTheirValuesOnOneScale() {
        List<Bar> bars = List.of(new Bar("Gavin Baker", 0.59, "59%", "grade B"), new Bar("Elon Musk", 0.24, "24%", "grade F"),
                new Bar("Over", 1.7, "170%", null), new Bar("Under", -0.2, "-20%", null), new Bar("孫正義", 1, "100%", "grade A"));
        BarChart chart = BarLayout.layout("c", "t", "d", bars, "axis");
        assertEquals(bars.size(), chart.rows().size());
        for (int i = 0; i < bars.size(); i++) {
            var row = chart.rows().get(i);
            double expected = Math.clamp(bars.get(i).value(), 0, 1) * chart.plotWidth();
            assertEquals(chart.plotX(), row.bar().x(), EPS, "every bar starts at 0%");
            assertEquals(expected, row.bar().width(), EPS, bars.get(i).label() + ": proportional to its value, clamped to 0..1");
            assertTrue(span(row.value(), 12.5, true)[0] > row.bar().x() + row.bar().width(), "the value follows the bar's end");
            assertOnCanvas(chart.frame(), row.value(), 12.5, true);
            assertOnCanvas(chart.frame(), row.name(), BarLayout.LABEL_FONT, false);
            assertTrue(span(row.name(), BarLayout.LABEL_FONT, false)[1] < chart.plotX(), "names stay left of the plot");
            if (i > 0) {
                var above = chart.rows().get(i - 1);
                assertTrue(row.bar().y() >= above.bar().y() + above.bar().height(), "bars do not overlap");
                assertTrue(row.name().y() - BarLayout.LABEL_FONT > above.name().y(), "names do not overlap");
            }
        }
        assertEquals(0.59 / 0.24, chart.rows().get(0).bar().width() / chart.rows().get(1).bar().width(), 1e-9);
        assertEquals(List.of("0%", "25%", "50%", "75%", "100%"), chart.ticks().stream().map(t -> t.label().text()).toList());
        for (int q = 0; q <= 4; q++) {
            var tick = chart.ticks().get(q);
            assertEquals(chart.plotX() + chart.plotWidth() * q / 4, tick.grid().x1(), EPS);
            assertEquals(q != 0, tick.dashed(), "the 0% line is solid, the others dotted");
            assertTrue(tick.grid().y2() <= tick.label().y() - 10, "gridlines end above their labels");
        }
        assertTrue(chart.axis().y() <= chart.frame().height());
    }

    @Test
    void theNameColumnFitsTheLongestNameWithinBounds() {
        String name = "Author of the Traditional Chinese post";
        BarChart fits = BarLayout.layout("c", "t", "d", List.of(new Bar(name, 0.5, "50%", null)), "axis");
        assertEquals(name, fits.rows().getFirst().name().text(), "room is made for it");
        BarChart narrow = BarLayout.layout("c", "t", "d", List.of(new Bar("Al", 0.5, "50%", null)), "axis");
        assertEquals(140, narrow.plotX(), "never narrower than 140");
        String huge = "A speaker whose name goes on and on and on well beyond any sensible column width at all";
        BarChart cut = BarLayout.layout("c", "t", "d", List.of(new Bar(huge, 0.5, "50%", null)), "axis");
        assertEquals(340, cut.plotX(), "never wider than 340");
        assertTrue(cut.rows().getFirst().name().text().endsWith("\u2026"));
        assertTrue(cut.rows().getFirst().tooltip().startsWith(huge), "the full name is in the tooltip");
        assertOnCanvas(cut.frame(), cut.rows().getFirst().name(), BarLayout.LABEL_FONT, false);
    }

    // ---- balance --------------------------------------------------------------------------

    @Test
    void balanceBarsShareOneSymmetricScaleAroundTheCentre() {
        List<Balance> rows = List.of(new Balance("One", 0.5, 2.0, "Leans supported"), new Balance("Two", 1.0, 0, null),
                new Balance("Negative", -1, 0.25, "Contested"));
        BalanceChart chart = BalanceLayout.layout("b", "t", "d", rows);
        double centre = chart.rows().getFirst().forBar().x();
        double half = chart.rows().getFirst().forBar().width();
        for (int i = 0; i < rows.size(); i++) {
            var row = chart.rows().get(i);
            var in = rows.get(i);
            assertEquals(centre, row.forBar().x(), EPS, "for starts at the centre");
            assertEquals(centre, row.against().x() + row.against().width(), EPS, "against ends at the centre");
            assertEquals(Math.max(0, in.forWeight()) / 2.0 * half, row.forBar().width(), EPS, "largest weight (2.0) is full length");
            assertEquals(Math.max(0, in.against()) / 2.0 * half, row.against().width(), EPS);
            assertEquals(centre, row.zero().x1(), EPS);
            assertTrue(span(row.againstValue(), 12.5, true)[1] < row.against().x(), "against's number left of its bar");
            assertTrue(span(row.forValue(), 12.5, true)[0] > centre + row.forBar().width(), "for's number right of its bar");
            assertEquals(in.note() == null, row.note() == null);
            for (Text t : List.of(row.label(), row.againstValue(), row.forValue())) {
                assertOnCanvas(chart.frame(), t, 12.5, true);
            }
            if (i > 0) {
                assertTrue(row.label().y() > chart.rows().get(i - 1).forBar().y() + chart.rows().get(i - 1).forBar().height(),
                        "a row's label sits below the bars above");
            }
        }
        assertEquals("b-hatch", chart.hatchId());
        assertEquals(List.of("0.50", "2.00"), List.of(chart.rows().getFirst().againstValue().text(), chart.rows().getFirst().forValue().text()));
        BalanceChart none = BalanceLayout.layout("b", "t", "d", List.of(new Balance("Zero", 0, 0, null)));
        assertEquals(0, none.rows().getFirst().forBar().width(), EPS, "nothing to weigh: no bars, no division by zero");
    }

    /** A turned name's centre line, {x0, y0, x1, y1}: from its start outward along the radius, as long as the text. */
    private static double[] strip(NodeMark n) {
        var r = n.label().rotation();
        double w = ChartText.textWidth(n.label().lines().getFirst().text(), NetworkLayout.NODE_FONT, true);
        double angle = Math.toRadians(r.degrees()) + (n.label().lines().getFirst().anchor().equals("end") ? Math.PI : 0);
        return new double[] {r.cx(), r.cy(), r.cx() + Math.cos(angle) * w, r.cy() + Math.sin(angle) * w};
    }

    private static double pointToSegment(double x, double y, double[] s) {
        double dx = s[2] - s[0];
        double dy = s[3] - s[1];
        double t = Math.clamp(((x - s[0]) * dx + (y - s[1]) * dy) / (dx * dx + dy * dy), 0, 1);
        return Math.hypot(x - (s[0] + t * dx), y - (s[1] + t * dy));
    }

    private static double segmentToSegment(double[] a, double[] b) {
        double d1 = (b[2] - b[0]) * (a[1] - b[1]) - (b[3] - b[1]) * (a[0] - b[0]);
        double d2 = (b[2] - b[0]) * (a[3] - b[1]) - (b[3] - b[1]) * (a[2] - b[0]);
        double d3 = (a[2] - a[0]) * (b[1] - a[1]) - (a[3] - a[1]) * (b[0] - a[0]);
        double d4 = (a[2] - a[0]) * (b[3] - a[1]) - (a[3] - a[1]) * (b[2] - a[0]);
        if (d1 * d2 < 0 && d3 * d4 < 0) {
            return 0;
        }
        return Math.min(Math.min(pointToSegment(a[0], a[1], b), pointToSegment(a[2], a[3], b)),
                Math.min(pointToSegment(b[0], b[1], a), pointToSegment(b[2], b[3], a)));
    }

    // ---- network --------------------------------------------------------------------------

    private static void assertNetworkGeometry(String what, NetworkChart chart, List<Node> nodes, List<Edge> edges) {
        Frame f = chart.frame();
        var names = new ArrayList<Box>();
        var circles = new ArrayList<Box>();
        for (NodeMark n : chart.nodes()) {
            Box c = box(n.circle());
            assertTrue(c.inside(f.width(), f.height()) && c.top() >= NetworkLayout.LEGEND_HEIGHT,
                    what + ": node " + n.id() + " " + c + " outside the drawing area of " + f);
            assertTrue(n.label().box().inside(f.width(), f.height()) && n.label().box().top() >= NetworkLayout.LEGEND_HEIGHT,
                    what + ": name of " + n.id() + " " + n.label().box() + " clipped by " + f);
            if (n.label().rotation() == null) {
                for (Text line : n.label().lines()) {
                    double[] s = span(line, NetworkLayout.NODE_FONT, true);
                    assertTrue(s[0] >= n.label().box().left() - EPS && s[1] <= n.label().box().right() + EPS,
                            what + ": '" + line.text() + "' outside its box");
                    assertTrue(line.y() > n.label().box().top() && line.y() <= n.label().box().bottom(), what + ": baseline in its box");
                }
            }
            names.add(n.label().box());
            circles.add(c);
        }
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < names.size(); j++) {
                if (i == j) {
                    continue;
                }
                NodeMark a = chart.nodes().get(i);
                NodeMark b = chart.nodes().get(j);
                if (a.label().rotation() == null) {
                    // Horizontal names: their boxes are what they cover.
                    assertFalse(names.get(i).overlaps(circles.get(j)), what + ": name " + i + " over node " + j);
                    if (i < j) {
                        assertFalse(names.get(i).overlaps(names.get(j)), what + ": names " + i + " and " + j + " overlap: "
                                + names.get(i) + " " + names.get(j));
                    }
                } else {
                    // Turned names cover a strip along their radius, half a line either side.
                    double half = NetworkLayout.NODE_FONT * 0.6;
                    double[] sa = strip(a);
                    assertTrue(pointToSegment(b.circle().cx(), b.circle().cy(), sa) > b.circle().r() + half,
                            what + ": name " + i + " over node " + j);
                    if (i < j) {
                        assertTrue(segmentToSegment(sa, strip(b)) > 2 * half, what + ": names " + i + " and " + j + " overlap");
                    }
                }
            }
        }
        List<CountMark> counts = chart.counts();
        for (int i = 0; i < counts.size(); i++) {
            Box c = counts.get(i).box();
            assertTrue(c.inside(f.width(), f.height()), what + ": count " + c + " clipped");
            for (Box other : names) {
                assertFalse(c.overlaps(other), what + ": a count over a name");
            }
            for (Box other : circles) {
                assertFalse(c.overlaps(other), what + ": a count over a node");
            }
            for (int j = i + 1; j < counts.size(); j++) {
                assertFalse(c.overlaps(counts.get(j).box()), what + ": counts overlap");
            }
        }
        // Loops: exactly the nodes with an edge to themselves, their whole curve on the canvas.
        for (NodeMark n : chart.nodes()) {
            long self = edges.stream().filter(e -> e.from().equals(n.id()) && e.to().equals(n.id())).count();
            if (self == 0) {
                assertNull(n.loop(), what + ": no loop without a self-edge");
                continue;
            }
            assertNotNull(n.loop(), what + ": " + n.id() + " contradicts themselves: a loop");
            assertEquals(self, n.loop().count());
            assertEquals(Long.toString(self), n.loop().label().text());
            for (int k = 0; k <= 20; k++) {
                double[] p = n.loop().curve().at(k / 20.0);
                assertTrue(p[0] >= 0 && p[0] <= f.width() && p[1] >= NetworkLayout.LEGEND_HEIGHT && p[1] <= f.height(),
                        what + ": loop point " + p[0] + "," + p[1]);
            }
            double[] start = {n.loop().curve().x0(), n.loop().curve().y0()};
            assertEquals(n.circle().r(), Math.hypot(start[0] - n.circle().cx(), start[1] - n.circle().cy()), 1e-6, "leaves the rim");
        }
        // One line per pair, from centre to centre.
        long pairs = edges.stream().filter(e -> !e.from().equals(e.to()))
                .map(e -> e.from().compareTo(e.to()) < 0 ? e.from() + " " + e.to() : e.to() + " " + e.from()).distinct().count();
        assertEquals(pairs, chart.edges().size(), what + ": one line per pair");
        for (var e : chart.edges()) {
            Circle from = chart.nodes().stream().filter(n -> n.id().equals(e.from())).findFirst().orElseThrow().circle();
            assertEquals(from.cx(), e.line().x1(), EPS);
            assertEquals(from.cy(), e.line().y1(), EPS);
        }
        for (int i = 1; i < chart.edges().size(); i++) {
            assertTrue(chart.edges().get(i - 1).count() <= chart.edges().get(i).count(), "thin lines are drawn first");
        }
        int leftOff = chart.leftOff() == null ? 0 : Integer.parseInt(chart.leftOff().text().split(" ")[0]);
        assertEquals(chart.edges().size(), counts.size() + leftOff, what + ": every count is drawn or said to be left off");
        assertEquals(nodes.stream().map(Node::id).distinct().count(), chart.nodes().size());
    }

    @Test
    void nodesNamesLoopsAndCountsStayApartAndOnTheCanvas() {
        for (int n : List.of(1, 2, 3, 5, 7, 12, 13, 30)) {
            var nodes = new ArrayList<Node>();
            var edges = new ArrayList<Edge>();
            for (int i = 0; i < n; i++) {
                String label = i % 3 == 0 ? "Author of the Traditional Chinese post on the interview number " + i
                        : i % 3 == 1 ? "孫正義 " + i : "Patrick O'Shaughnessy " + i;
                nodes.add(new Node("s" + i, label, i * 7));
                if (i % 2 == 0) {
                    edges.add(new Edge("s" + i, "s" + i, "self " + i, i % 4 == 0));
                }
                for (int j = i + 1; j < n; j++) {
                    for (int k = 0; k <= (i + j) % 5; k++) {
                        edges.add(new Edge("s" + i, "s" + j, "t" + k, k == 3));
                    }
                }
            }
            NetworkChart chart = SvgChartsTest.networkChart(nodes, edges);
            assertNetworkGeometry(n + " nodes", chart, nodes, edges);
            boolean radial = n > NetworkLayout.MAX_HORIZONTAL_LABELS;
            assertTrue(chart.nodes().stream().allMatch(m -> (m.label().rotation() != null) == radial),
                    n + " nodes: names turned along the radius only when there are many");
        }
    }

    @Test
    void theRingIsEvenAndNamesStandOutsideIt() {
        var nodes = List.of(new Node("a", "Ann Able", 1), new Node("b", "Bob Baker", 4), new Node("c", "Cy Cole", 9),
                new Node("d", "Di Dunn", 16), new Node("e", "Ed Eve", 0));
        NetworkChart chart = SvgChartsTest.networkChart(nodes, List.of());
        double cx = chart.nodes().stream().mapToDouble(m -> m.circle().cx()).average().orElseThrow();
        double cy = chart.nodes().stream().mapToDouble(m -> m.circle().cy()).average().orElseThrow();
        double radius = Math.hypot(chart.nodes().getFirst().circle().cx() - cx, chart.nodes().getFirst().circle().cy() - cy);
        for (NodeMark m : chart.nodes()) {
            assertEquals(radius, Math.hypot(m.circle().cx() - cx, m.circle().cy() - cy), 1e-6, "on one circle");
            Box b = m.label().box();
            double nearest = Math.hypot(Math.clamp(cx, b.left(), b.right()) - cx, Math.clamp(cy, b.top(), b.bottom()) - cy);
            assertTrue(nearest > radius - m.circle().r(), m.id() + "'s name reaches into the ring");
        }
        assertTrue(chart.nodes().getFirst().circle().cy() < cy, "the first node at the top");
        assertTrue(chart.nodes().get(3).circle().r() > chart.nodes().get(1).circle().r(), "size grows with weight");
        assertEquals(11, chart.nodes().get(4).circle().r(), EPS, "weight 0: the smallest size");
        assertEquals(20, chart.nodes().get(3).circle().r(), EPS, "the largest weight: the largest size");
    }

    @Test
    void theLegendHasARowPerKindOfMarkAndSaysWhatWasLeftOff() {
        var nodes = List.of(new Node("a", "Ann", 2), new Node("b", "Bob", 3));
        var edges = List.of(new Edge("a", "b", "x", false), new Edge("a", "a", "y", true));
        NetworkChart sized = NetworkLayout.layout("n", "t", "d", nodes, edges, "solid", "dashed", "claims");
        assertEquals(5, sized.legend().size(), "solid, dashed, width, loop, circle size");
        assertEquals(List.of("solid", "dashed"), sized.legend().subList(0, 2).stream().map(r -> r.text().text()).toList());
        assertFalse(sized.legend().get(0).strokes().getFirst().dashed());
        assertTrue(sized.legend().get(1).strokes().getFirst().dashed());
        var widths = sized.legend().get(2).strokes();
        assertTrue(widths.get(0).width() < widths.get(1).width(), "thin and thick");
        assertNotNull(sized.legend().get(3).loop());
        assertEquals(2, sized.legend().get(4).circles().size());
        assertTrue(sized.legend().get(4).text().text().contains("claims"));
        assertNull(sized.leftOff());
        for (var row : sized.legend()) {
            assertOnCanvas(sized.frame(), row.text(), 11, false);
            assertTrue(row.text().y() < NetworkLayout.LEGEND_HEIGHT, "the legend stays above the drawing");
        }
        NetworkChart unsized = NetworkLayout.layout("n", "t", "d", nodes, edges, "solid", "dashed", null);
        assertEquals(4, unsized.legend().size(), "no size meaning: no circle row");
        NetworkChart weightless = NetworkLayout.layout("n", "t", "d",
                List.of(new Node("a", "Ann", 0), new Node("b", "Bob", 0)), edges, "solid", "dashed", "claims");
        assertEquals(4, weightless.legend().size(), "all weights 0: all nodes one size, no circle row");

        // Forty-five nodes, every pair joined: far more counts than room, and lighter lines.
        var crowd = new ArrayList<Node>();
        var all = new ArrayList<Edge>();
        for (int i = 0; i < 45; i++) {
            crowd.add(new Node("s" + i, "Speaker " + i, 1));
            for (int j = 0; j < i; j++) {
                all.add(new Edge("s" + j, "s" + i, "t", false));
            }
        }
        NetworkChart crowded = SvgChartsTest.networkChart(crowd, all);
        assertNotNull(crowded.leftOff());
        assertTrue(crowded.leftOff().text().matches("\\d+ counts left off where lines crowd: .*"), crowded.leftOff().text());
        assertTrue(crowded.counts().size() <= 3 * 45);
        assertTrue(crowded.edges().stream().allMatch(e -> e.opacity() != null && e.opacity() >= 0.3 && e.opacity() < 1));
        assertNetworkGeometry("45 nodes", crowded, crowd, all);
    }
}
