package org.claimskb.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Small inline-SVG charts for the HTML report: horizontal bars, diverging bars and a network.
 * Every chart is one well-formed {@code <svg>} element with a {@code <title>} and {@code <desc>}
 * (referenced by {@code aria-labelledby}), prints its numbers as text and tells series apart by
 * pattern and label as well as colour. All text passes through {@link #escape}, which is what
 * makes it safe for the HTML template to insert the result unescaped.
 *
 * <p>Output depends only on the arguments (fixed number formats, no random ids), so reports stay
 * byte-identical for the same input.
 */
public final class SvgCharts {

    private static final String INK = "#1f2933";
    private static final String MUTED = "#5f6b7a";
    private static final String GRID = "#d9dee4";
    private static final String FOR_FILL = "#2b6cb0";
    private static final String AGAINST_FILL = "#b7472a";
    private static final String BAR_FILL = "#2c4a6e";

    private SvgCharts() {}

    /**
     * One bar.
     *
     * @param value     position on the scale, 0..1
     * @param valueText what is printed after the bar
     * @param note      printed after the value (for example a grade), may be null
     */
    public record Bar(String label, double value, String valueText, String note) {}

    /** One row of a diverging chart: weight against (drawn left) and for (drawn right). */
    public record Balance(String label, double against, double forWeight, String note) {}

    /**
     * A node of a network chart.
     *
     * @param weight how much the node stands for (for example its number of claims), drawn as its
     *               size when the chart is given a meaning for it
     */
    public record Node(String id, String label, int weight) {}

    /**
     * An edge of a network chart; an edge from a node to itself is drawn as a loop.
     *
     * @param dashed draws the edge dashed (and says so in the legend), for a second kind of edge
     */
    public record Edge(String from, String to, String label, boolean dashed) {}

    // ---- horizontal bars ------------------------------------------------------------------

    private static final int BAR_LABEL_MAX_WIDTH = 340;

    /** Bars on a 0..100% scale with gridlines at quarters, labels left and values right. */
    public static String horizontalBars(String id, String title, String desc, List<Bar> bars, String axisLabel) {
        // The label column is as wide as the longest name needs (within bounds), so a long name
        // is cut only when it would squeeze the plot.
        int labelWidth = (int) Math.ceil(Math.clamp(14 + bars.stream()
                .mapToDouble(b -> textWidth(b.label(), 12.5, false)).max().orElse(0), 140, BAR_LABEL_MAX_WIDTH));
        int plotWidth = 380;
        int rowHeight = 30;
        int top = 16;
        int width = labelWidth + plotWidth + 170;
        int height = top + bars.size() * rowHeight + 44;
        var svg = open(id, title, desc, width, height);
        for (int q = 0; q <= 4; q++) {
            double x = labelWidth + plotWidth * q / 4.0;
            svg.append(line(x, top - 4, x, top + bars.size() * rowHeight, GRID, q == 0 ? "" : "2 3"));
            svg.append(text(x, top + bars.size() * rowHeight + 16, "middle", "tick",
                    (q * 25) + "%"));
        }
        svg.append(text(labelWidth + plotWidth / 2.0, top + bars.size() * rowHeight + 36, "middle", "axis", axisLabel));
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double y = top + i * rowHeight;
            double w = Math.max(0, Math.min(1, bar.value())) * plotWidth;
            svg.append("<g class=\"bar\"><title>").append(escape(bar.label() + ": " + bar.valueText()
                    + (bar.note() == null ? "" : ", " + bar.note()))).append("</title>");
            svg.append(text(labelWidth - 10, y + 19, "end", "label", fit(bar.label(), labelWidth - 14, 12.5, false)));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%s\" width=\"%s\" height=\"18\" fill=\"%s\"/>",
                    labelWidth, num(y + 5), num(w), BAR_FILL));
            String value = bar.valueText() + (bar.note() == null ? "" : "  " + bar.note());
            svg.append(text(labelWidth + w + 8, y + 19, "start", "value", value));
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    // ---- diverging bars -------------------------------------------------------------------

    /**
     * For each row, the weight against drawn left of a centre line (hatched) and the weight for
     * drawn right of it (solid), on one symmetric scale, with both numbers printed.
     */
    public static String divergingBars(String id, String title, String desc, List<Balance> rows) {
        int width = 760;
        int centre = 340;
        int half = 220;
        int rowHeight = 50;
        int top = 44;
        int height = top + rows.size() * rowHeight + 4;
        double max = rows.stream().mapToDouble(r -> Math.max(r.against(), r.forWeight())).max().orElse(0);
        double scale = max <= 0 ? 1 : max;
        var svg = open(id, title, desc, width, height);
        svg.append("<defs><pattern id=\"").append(escape(id)).append("-hatch\" patternUnits=\"userSpaceOnUse\" ")
                .append("width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#f6e3dd\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"").append(AGAINST_FILL)
                .append("\" stroke-width=\"3\"/></pattern></defs>");
        // Legend: pattern and words, so the sides are told apart without colour.
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"16\" height=\"12\" fill=\"url(#%s-hatch)\" stroke=\"%s\"/>",
                centre - 150, escape(id), AGAINST_FILL));
        svg.append(text(centre - 128, 18, "start", "legend", "Against (hatched)"));
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"8\" width=\"16\" height=\"12\" fill=\"%s\"/>",
                centre + 30, FOR_FILL));
        svg.append(text(centre + 52, 18, "start", "legend", "For (solid)"));
        for (int i = 0; i < rows.size(); i++) {
            Balance row = rows.get(i);
            double y = top + i * rowHeight;
            double wa = Math.max(0, row.against()) / scale * half;
            double wf = Math.max(0, row.forWeight()) / scale * half;
            svg.append("<g class=\"balance\"><title>").append(escape(row.label() + ": against "
                    + num2(row.against()) + ", for " + num2(row.forWeight())
                    + (row.note() == null ? "" : " (" + row.note() + ")"))).append("</title>");
            svg.append(text(centre - half, y + 4, "start", "label", truncate(row.label(), 95)));
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"16\" fill=\"url(#%s-hatch)\" stroke=\"%s\" stroke-width=\"0.8\"/>",
                    num(centre - wa), num(y + 12), num(wa), escape(id), AGAINST_FILL));
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%s\" width=\"%s\" height=\"16\" fill=\"%s\"/>",
                    centre, num(y + 12), num(wf), FOR_FILL));
            // The zero line per row, so it never runs through the labels.
            svg.append(line(centre, y + 8, centre, y + 32, INK, ""));
            svg.append(text(centre - wa - 6, y + 25, "end", "value", num2(row.against())));
            svg.append(text(centre + wf + 6, y + 25, "start", "value", num2(row.forWeight())));
            if (row.note() != null) {
                svg.append(text(width - 8, y + 25, "end", "note", row.note()));
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    // ---- network --------------------------------------------------------------------------

    private static final double NODE_FONT = 12.5;
    private static final double COUNT_FONT = 11.5;
    private static final double MIN_NODE_RADIUS = 11;
    private static final double MAX_NODE_RADIUS = 20;
    /** How far a self-loop reaches beyond its node's rim. */
    private static final double LOOP_REACH = 30;
    /** Above this many nodes, horizontal names would collide near the top and bottom of the circle. */
    private static final int MAX_HORIZONTAL_LABELS = 12;
    private static final double MARGIN = 12;
    private static final double LEGEND_HEIGHT = 124;
    private static final double LEGEND_FONT = 11;
    /** Narrower than this, a chart of two or three nodes would be blown up to giant type. */
    private static final int MIN_NETWORK_WIDTH = 680;

    /**
     * Nodes on a circle (in the order given), their names radially outside it, one straight edge
     * per pair of nodes however many edges join them, and an outward loop for edges from a node to
     * itself.
     *
     * <p>An edge's width grows with the logarithm of the number of edges merged into it, and that
     * number is printed on it with a white halo; it is dashed when any merged edge is dashed. What
     * the edges stand for goes into the edge's tooltip ({@code <title>}) and, pair by pair, into
     * the chart's {@code <desc>}, never onto the canvas, so nothing overprints however many edges
     * there are. Counts are placed greedily along their edges (largest first) where they overlap
     * no other count, node or name; a count with no free spot is left off, and the legend says how
     * many were.
     *
     * <p>The canvas is sized from the layout (names included, by an estimate of their width), so
     * nothing is clipped for a few nodes or for dozens; with more than {@value #MAX_HORIZONTAL_LABELS}
     * nodes the names are turned along their radius so neighbours cannot collide.
     *
     * @param nodeSizeMeaning what {@link Node#weight()} stands for, for the legend; null draws all
     *                        nodes the same size
     */
    public static String network(String id, String title, String desc, List<Node> nodes, List<Edge> edges,
                                 String solidMeaning, String dashedMeaning, String nodeSizeMeaning) {
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.putIfAbsent(n.id(), n));
        List<Node> ring = List.copyOf(byId.values());
        int n = ring.size();

        Map<String, MergedEdge> merged = new TreeMap<>();
        for (Edge e : edges) {
            if (!byId.containsKey(e.from()) || !byId.containsKey(e.to())) {
                continue;
            }
            String a = e.from().compareTo(e.to()) <= 0 ? e.from() : e.to();
            String b = a.equals(e.from()) ? e.to() : e.from();
            merged.computeIfAbsent(a + "\u0000" + b, k -> new MergedEdge(a, b)).add(e);
        }
        Map<String, MergedEdge> loops = new TreeMap<>();
        List<MergedEdge> pairs = new ArrayList<>();
        for (MergedEdge e : merged.values()) {
            if (e.from.equals(e.to)) {
                loops.put(e.from, e);
            } else {
                pairs.add(e);
            }
        }
        int maxCount = merged.values().stream().mapToInt(e -> e.count).max().orElse(1);
        int maxWeight = ring.stream().mapToInt(Node::weight).max().orElse(0);
        boolean sized = nodeSizeMeaning != null && maxWeight > 0;

        // Layout around (0, 0); shifted onto the canvas once every extent is known.
        double radius = n <= 1 ? 0 : Math.max(n == 2 ? 110 : 170, n * 46 / (2 * Math.PI));
        boolean radialLabels = n > MAX_HORIZONTAL_LABELS;
        var extent = new Extent();
        Map<String, Placed> placed = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Node node = ring.get(i);
            // Two nodes side by side rather than one above the other: names are wider than tall.
            double angle = (n == 2 ? Math.PI : -Math.PI / 2) + 2 * Math.PI * i / Math.max(1, n);
            double ux = n <= 1 ? 0 : Math.cos(angle);
            double uy = n <= 1 ? -1 : Math.sin(angle);
            double r = sized ? MIN_NODE_RADIUS + (MAX_NODE_RADIUS - MIN_NODE_RADIUS)
                    * Math.sqrt(Math.max(0, node.weight()) / (double) maxWeight) : 13;
            var p = new Placed(node, radius * ux, radius * uy, ux, uy, r);
            extent.box(p.x - r, p.y - r, p.x + r, p.y + r);
            if (loops.containsKey(node.id())) {
                extent.box(p.x + ux * (r + LOOP_REACH) - 18, p.y + uy * (r + LOOP_REACH) - 18,
                        p.x + ux * (r + LOOP_REACH) + 18, p.y + uy * (r + LOOP_REACH) + 18);
            }
            p.labelLines = radialLabels ? List.of(truncate(node.label(), 34)) : wrap(node.label(), 26, 2);
            double gap = r + 7 + (loops.containsKey(node.id()) ? LOOP_REACH + 4 : 0);
            p.labelX = p.x + ux * gap;
            p.labelY = p.y + uy * gap;
            p.labelBox = labelBox(p, radialLabels);
            extent.box(p.labelBox[0], p.labelBox[1], p.labelBox[2], p.labelBox[3]);
            placed.put(node.id(), p);
        }
        List<String> legendTexts = legendTexts(solidMeaning, dashedMeaning, nodeSizeMeaning, maxCount);
        double legendWidth = LEGEND_X + MARGIN + legendTexts.stream()
                .mapToDouble(t -> textWidth(t, LEGEND_FONT, false)).max().orElse(0);
        if (n == 0) {
            extent.box(0, 0, 0, 0);
        }
        double shiftX = MARGIN - extent.minX;
        double shiftY = LEGEND_HEIGHT + MARGIN - extent.minY;
        double graphWidth = extent.maxX - extent.minX + 2 * MARGIN;
        int width = (int) Math.ceil(Math.max(MIN_NETWORK_WIDTH, Math.max(graphWidth, legendWidth)));
        if (graphWidth < width) {
            shiftX += (width - graphWidth) / 2;
        }
        int height = (int) Math.ceil(LEGEND_HEIGHT + extent.maxY - extent.minY + 2 * MARGIN);
        for (Placed p : placed.values()) {
            p.shift(shiftX, shiftY);
        }

        var svg = open(id, title, pairSummary(desc, ring, pairs, loops), width, height);
        legend(svg, legendTexts, sized, maxCount);

        // Many lines cross the middle: lighter ink keeps the crowd from turning into a black disc.
        String opacity = pairs.size() <= 40 ? "" : " stroke-opacity=\"" + num2(Math.max(0.3, Math.sqrt(40.0 / pairs.size()))) + "\"";

        // Thin edges first, so heavy ones are drawn on top of them.
        List<MergedEdge> drawOrder = new ArrayList<>(pairs);
        drawOrder.sort(Comparator.comparingInt((MergedEdge e) -> e.count).thenComparing(e -> e.from + "\u0000" + e.to));
        for (MergedEdge e : drawOrder) {
            Placed p = placed.get(e.from);
            Placed q = placed.get(e.to);
            svg.append("<g class=\"edge\"><title>").append(escape(edgeTitle(p.node.label() + " \u2013 " + q.node.label(), e)))
                    .append("</title>");
            svg.append(line(p.x, p.y, q.x, q.y, INK, e.anyDashed() ? "7 4" : "")
                    .replace("/>", " stroke-width=\"" + num(strokeWidth(e.count, maxCount)) + "\"" + opacity + "/>"));
            svg.append("</g>");
        }
        for (Placed p : placed.values()) {
            MergedEdge loop = loops.get(p.node.id());
            if (loop != null) {
                svg.append("<g class=\"loop\"><title>").append(escape(edgeTitle(p.node.label() + " with themselves", loop)))
                        .append("</title>");
                svg.append(loopPath(p, loop.anyDashed(), strokeWidth(loop.count, maxCount)));
                double mid = p.r + LOOP_REACH * 0.5;
                svg.append(text(p.x + p.ux * mid, p.y + p.uy * mid + 4, "middle", "edge-count", Integer.toString(loop.count)));
                svg.append("</g>");
            }
            svg.append("<g class=\"node\"><title>").append(escape(p.node.label()
                    + (sized ? " (" + p.node.weight() + " " + nodeSizeMeaning + ")" : "")
                    + (loop == null ? "" : ", contradicts themselves " + loop.count + "\u00d7"))).append("</title>");
            svg.append(String.format(Locale.ROOT,
                    "<circle cx=\"%s\" cy=\"%s\" r=\"%s\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"2\"/>",
                    num(p.x), num(p.y), num(p.r), BAR_FILL));
            svg.append(text(p.x, p.y + 3.5, "middle", "initials", initials(p.node.label())));
            svg.append(nodeLabel(p, radialLabels));
            svg.append("</g>");
        }

        // Counts last, over every line, each where it overlaps no node, name or other count.
        List<double[]> taken = new ArrayList<>();
        for (Placed p : placed.values()) {
            taken.add(new double[] {p.x - p.r - 2, p.y - p.r - 2, p.x + p.r + 2, p.y + p.r + 2});
            taken.add(p.labelBox);
            if (loops.containsKey(p.node.id())) {
                double cx = p.x + p.ux * (p.r + LOOP_REACH * 0.5);
                double cy = p.y + p.uy * (p.r + LOOP_REACH * 0.5);
                taken.add(new double[] {cx - 16, cy - 16, cx + 16, cy + 16});
            }
        }
        List<MergedEdge> labelOrder = new ArrayList<>(pairs);
        labelOrder.sort(Comparator.comparingInt((MergedEdge e) -> -e.count).thenComparing(e -> e.from + "\u0000" + e.to));
        var counts = new StringBuilder();
        int leftOff = 0;
        int room = Math.max(12, 3 * n);
        for (MergedEdge e : labelOrder) {
            Placed p = placed.get(e.from);
            Placed q = placed.get(e.to);
            String label = Integer.toString(e.count);
            double w = textWidth(label, COUNT_FONT, true) + 6;
            double h = COUNT_FONT + 3;
            double[] spot = null;
            for (double t : COUNT_POSITIONS) {
                double x = p.x + (q.x - p.x) * t;
                double y = p.y + (q.y - p.y) * t;
                double[] box = {x - w / 2, y - h / 2, x + w / 2, y + h / 2};
                if (taken.stream().noneMatch(b -> overlaps(b, box))) {
                    spot = box;
                    break;
                }
            }
            if (spot == null || room == 0) {
                leftOff++;
                continue;
            }
            taken.add(spot);
            room--;
            counts.append(text((spot[0] + spot[2]) / 2, (spot[1] + spot[3]) / 2 + COUNT_FONT * 0.35, "middle",
                    "edge-count", label));
        }
        svg.append(counts);
        if (leftOff > 0) {
            svg.append(text(12, LEGEND_HEIGHT - 10, "start", "legend", leftOff + (leftOff == 1 ? " count" : " counts")
                    + " left off where lines crowd: hover a line, or see the table"));
        }
        return svg.append("</svg>").toString();
    }

    /** Fractions along an edge tried for its count, nearest the middle first. */
    private static final double[] COUNT_POSITIONS = {0.5, 0.43, 0.57, 0.36, 0.64, 0.3, 0.7, 0.25, 0.75};

    /** Width on a log scale: 1 stays hairline-thin, the largest count (or 100) gets the heaviest line. */
    private static double strokeWidth(int count, int maxCount) {
        return 1.2 + 5.8 * Math.log(Math.max(1, count)) / Math.log(Math.max(100, maxCount));
    }

    private static String edgeTitle(String who, MergedEdge e) {
        int numeric = e.dashed;
        String kinds = numeric == 0 ? "" : numeric == e.count ? ", all numeric" : ", " + numeric + " numeric";
        return who + ": " + e.count + (e.count == 1 ? " contradiction" : " contradictions") + kinds + " \u2013 "
                + String.join("; ", e.labels);
    }

    /** The caller's description, then one sentence per pair: the text alternative to the drawing. */
    private static String pairSummary(String desc, List<Node> ring, List<MergedEdge> pairs, Map<String, MergedEdge> loops) {
        var out = new StringBuilder(desc == null ? "" : desc.strip());
        List<MergedEdge> ordered = new ArrayList<>(pairs);
        ordered.sort(Comparator.comparingInt((MergedEdge e) -> -e.count).thenComparing(e -> e.from + "\u0000" + e.to));
        for (MergedEdge e : ordered) {
            out.append(out.isEmpty() ? "" : " ").append(nameOf(ring, e.from)).append(" and ").append(nameOf(ring, e.to))
                    .append(": ").append(e.count).append(e.dashed > 0 ? " (" + e.dashed + " numeric)" : "").append('.');
        }
        for (MergedEdge e : loops.values()) {
            out.append(out.isEmpty() ? "" : " ").append(nameOf(ring, e.from)).append(" contradicts themselves: ")
                    .append(e.count).append('.');
        }
        return out.toString();
    }

    private static final double LEGEND_X = 60;

    private static List<String> legendTexts(String solidMeaning, String dashedMeaning, String nodeSizeMeaning, int maxCount) {
        var texts = new ArrayList<>(List.of(solidMeaning, dashedMeaning,
                "width and number: how many contradictions between the two (1 to " + Math.max(2, maxCount) + ")",
                "loop with a number: a speaker contradicting themselves"));
        if (nodeSizeMeaning != null) {
            texts.add("circle size: " + nodeSizeMeaning);
        }
        return texts;
    }

    private static void legend(StringBuilder svg, List<String> texts, boolean sized, int maxCount) {
        svg.append(line(12, 14, 52, 14, INK, "")).append(text(LEGEND_X, 18, "start", "legend", texts.get(0)));
        svg.append(line(12, 32, 52, 32, INK, "7 4")).append(text(LEGEND_X, 36, "start", "legend", texts.get(1)));
        svg.append(line(12, 50, 28, 50, INK, "").replace("/>", " stroke-width=\"" + num(strokeWidth(1, maxCount)) + "\"/>"));
        svg.append(line(36, 50, 52, 50, INK, "").replace("/>", " stroke-width=\""
                + num(strokeWidth(Math.max(2, maxCount), maxCount)) + "\"/>"));
        svg.append(text(LEGEND_X, 54, "start", "legend", texts.get(2)));
        svg.append(String.format(Locale.ROOT, "<path d=\"M 26 76 C 18 60, 46 60, 38 76\" fill=\"none\" stroke=\"%s\" "
                + "stroke-width=\"1.4\"/>", INK));
        svg.append(text(LEGEND_X, 72, "start", "legend", texts.get(3)));
        if (sized) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"20\" cy=\"90\" r=\"4\" fill=\"#ffffff\" stroke=\"%s\"/>"
                    + "<circle cx=\"40\" cy=\"90\" r=\"7\" fill=\"#ffffff\" stroke=\"%s\"/>", BAR_FILL, BAR_FILL));
            svg.append(text(LEGEND_X, 94, "start", "legend", texts.get(4)));
        }
    }

    /** A teardrop leaving the node's rim and pointing away from the centre of the circle. */
    private static String loopPath(Placed p, boolean dashed, double strokeWidth) {
        double spread = 0.42;
        double reach = (p.r + LOOP_REACH - 0.22 * p.r) / 0.68;
        double[] s = rotate(p.ux, p.uy, -spread);
        double[] e = rotate(p.ux, p.uy, spread);
        double[] c1 = rotate(p.ux, p.uy, -spread - 0.25);
        double[] c2 = rotate(p.ux, p.uy, spread + 0.25);
        return String.format(Locale.ROOT, "<path d=\"M %s %s C %s %s, %s %s, %s %s\" fill=\"none\" stroke=\"%s\" "
                        + "stroke-width=\"%s\"%s/>",
                num(p.x + s[0] * p.r), num(p.y + s[1] * p.r), num(p.x + c1[0] * reach), num(p.y + c1[1] * reach),
                num(p.x + c2[0] * reach), num(p.y + c2[1] * reach), num(p.x + e[0] * p.r), num(p.y + e[1] * p.r),
                INK, num(strokeWidth), dashed ? " stroke-dasharray=\"5 3\"" : "");
    }

    private static double[] rotate(double x, double y, double by) {
        return new double[] {x * Math.cos(by) - y * Math.sin(by), x * Math.sin(by) + y * Math.cos(by)};
    }

    /** Where a node's name goes: beside it on the outside, or along its radius when they are many. */
    private static double[] labelBox(Placed p, boolean radial) {
        double lineHeight = NODE_FONT + 3;
        double w = p.labelLines.stream().mapToDouble(s -> textWidth(s, NODE_FONT, true)).max().orElse(0);
        if (radial) {
            // The text runs outward from (labelX, labelY) along the radius; half a line either side.
            double ex = p.labelX + p.ux * w;
            double ey = p.labelY + p.uy * w;
            double half = NODE_FONT * 0.6;
            return new double[] {Math.min(p.labelX, ex) - half, Math.min(p.labelY, ey) - half,
                    Math.max(p.labelX, ex) + half, Math.max(p.labelY, ey) + half};
        }
        double h = lineHeight * p.labelLines.size();
        String anchor = anchor(p);
        double left = anchor.equals("start") ? p.labelX : anchor.equals("end") ? p.labelX - w : p.labelX - w / 2;
        // Above the node the block sits on the point, below it hangs from it, at the sides it is centred.
        double top = p.uy < -0.5 ? p.labelY - h : p.uy > 0.5 ? p.labelY : p.labelY - h / 2;
        return new double[] {left, top, left + w, top + h};
    }

    private static String anchor(Placed p) {
        return Math.abs(p.ux) < 0.26 ? "middle" : p.ux > 0 ? "start" : "end";
    }

    private static String nodeLabel(Placed p, boolean radial) {
        if (radial) {
            double degrees = Math.toDegrees(Math.atan2(p.uy, p.ux));
            boolean left = p.ux < -1e-9;
            return String.format(Locale.ROOT,
                    "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" class=\"node-label\" transform=\"rotate(%s %s %s)\">%s</text>",
                    num(p.labelX), num(p.labelY + NODE_FONT * 0.35), left ? "end" : "start",
                    num(left ? degrees + 180 : degrees), num(p.labelX), num(p.labelY), escape(p.labelLines.getFirst()));
        }
        var out = new StringBuilder();
        double lineHeight = NODE_FONT + 3;
        for (int i = 0; i < p.labelLines.size(); i++) {
            double baseline = p.labelBox[1] + lineHeight * i + NODE_FONT;
            out.append(text(p.labelX, baseline, anchor(p), "node-label", p.labelLines.get(i)));
        }
        return out.toString();
    }

    /** Words onto at most {@code lines} lines of about {@code width} code points; the rest is cut with an ellipsis. */
    static List<String> wrap(String text, int width, int lines) {
        String rest = truncate(text, Integer.MAX_VALUE);
        var out = new ArrayList<String>();
        while (!rest.isEmpty() && out.size() < lines - 1 && rest.codePointCount(0, rest.length()) > width) {
            int cut = rest.lastIndexOf(' ', rest.offsetByCodePoints(0, width));
            if (cut <= 0) {
                break;
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        out.add(truncate(rest, width));
        return out;
    }

    /**
     * A generous estimate of how wide text is drawn in the report's sans-serif font: wide (CJK)
     * characters count a full em, others about 0.62 em (0.66 bold). Used only to make room.
     */
    static double textWidth(String text, double fontSize, boolean bold) {
        double ems = text.codePoints().mapToDouble(cp -> Character.isIdeographic(cp)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL
                || (cp >= 0xFF00 && cp <= 0xFFEF) ? 1.0 : bold ? 0.66 : 0.62).sum();
        return ems * fontSize;
    }

    /** The text, cut with an ellipsis where needed so that {@link #textWidth} says it fits {@code maxWidth}. */
    static String fit(String text, double maxWidth, double fontSize, boolean bold) {
        String oneLine = truncate(text, Integer.MAX_VALUE);
        int length = oneLine.codePointCount(0, oneLine.length());
        String result = oneLine;
        while (length > 1 && textWidth(result, fontSize, bold) > maxWidth) {
            result = truncate(oneLine, --length);
        }
        return result;
    }

    private static boolean overlaps(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** A node's place on the canvas, and its name's. */
    private static final class Placed {
        final Node node;
        double x;
        double y;
        final double ux;
        final double uy;
        final double r;
        List<String> labelLines;
        double labelX;
        double labelY;
        double[] labelBox;

        Placed(Node node, double x, double y, double ux, double uy, double r) {
            this.node = node;
            this.x = x;
            this.y = y;
            this.ux = ux;
            this.uy = uy;
            this.r = r;
        }

        void shift(double dx, double dy) {
            x += dx;
            y += dy;
            labelX += dx;
            labelY += dy;
            labelBox = new double[] {labelBox[0] + dx, labelBox[1] + dy, labelBox[2] + dx, labelBox[3] + dy};
        }
    }

    /** The box everything drawn so far fits in. */
    private static final class Extent {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;

        void box(double x0, double y0, double x1, double y1) {
            minX = Math.min(minX, x0);
            minY = Math.min(minY, y0);
            maxX = Math.max(maxX, x1);
            maxY = Math.max(maxY, y1);
        }
    }

    private static final class MergedEdge {
        final String from;
        final String to;
        final TreeSet<String> labels = new TreeSet<>();
        int count;
        int dashed;

        MergedEdge(String from, String to) {
            this.from = from;
            this.to = to;
        }

        void add(Edge e) {
            count++;
            labels.add(e.label());
            if (e.dashed()) {
                dashed++;
            }
        }

        boolean allDashed() {
            return dashed == count;
        }

        boolean anyDashed() {
            return dashed > 0;
        }
    }

    private static String nameOf(List<Node> nodes, String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).map(Node::label).findFirst().orElse(id);
    }

    /** Up to two initials of a name, for the node circle. */
    static String initials(String name) {
        var result = new StringBuilder();
        for (String word : name.trim().split("[\\s\\-]+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && result.length() < 4) {
                result.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        String s = result.toString();
        return s.codePointCount(0, s.length()) > 2 ? s.substring(0, s.offsetByCodePoints(0, 2)) : s;
    }

    // ---- SVG text -------------------------------------------------------------------------

    private static StringBuilder open(String id, String title, String desc, int width, int height) {
        String safeId = escape(id);
        return new StringBuilder(4096)
                .append(String.format(Locale.ROOT,
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"%s\" viewBox=\"0 0 %d %d\" "
                                + "width=\"100%%\" role=\"img\" aria-labelledby=\"%s-title %s-desc\">",
                        safeId, width, height, safeId, safeId))
                .append("<title id=\"").append(safeId).append("-title\">").append(escape(title)).append("</title>")
                .append("<desc id=\"").append(safeId).append("-desc\">").append(escape(desc)).append("</desc>");
    }

    private static String text(double x, double y, String anchor, String cssClass, String content) {
        return String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" text-anchor=\"%s\" class=\"%s\">%s</text>",
                num(x), num(y), anchor, cssClass, escape(content));
    }

    private static String line(double x1, double y1, double x2, double y2, String stroke, String dash) {
        return String.format(Locale.ROOT, "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\"%s/>",
                num(x1), num(y1), num(x2), num(y2), stroke,
                dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    /** Coordinates with at most one decimal, fixed locale: byte-stable output. */
    static String num(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        return s.equals("-0") ? "0" : s;
    }

    private static String num2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** Shortens text to {@code max} code points with an ellipsis; the full text goes in a tooltip. */
    static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }

    /**
     * Escapes text for XML/HTML element content and double- or single-quoted attributes, and drops
     * characters XML 1.0 forbids (so one control character in a fact file cannot break the page).
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
                    if (allowed) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
