package org.claimskb.report;

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

    /** A node of a network chart. */
    public record Node(String id, String label) {}

    /**
     * An edge of a network chart; an edge from a node to itself is drawn as a loop.
     *
     * @param dashed draws the edge dashed (and says so in the legend), for a second kind of edge
     */
    public record Edge(String from, String to, String label, boolean dashed) {}

    // ---- horizontal bars ------------------------------------------------------------------

    /** Bars on a 0..100% scale with gridlines at quarters, labels left and values right. */
    public static String horizontalBars(String id, String title, String desc, List<Bar> bars, String axisLabel) {
        int labelWidth = 210;
        int plotWidth = 380;
        int rowHeight = 30;
        int top = 16;
        int width = 760;
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
            svg.append(text(labelWidth - 10, y + 19, "end", "label", truncate(bar.label(), 30)));
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

    /**
     * Nodes on a circle (in the order given) with their names outside it, one straight edge per
     * pair of nodes whose width grows with the number of edges merged into it and whose count is
     * printed on it, and an outward loop for edges from a node to itself. What each edge stands
     * for goes into its tooltip ({@code <title>}) rather than onto the canvas, so nothing
     * overprints however many edges there are; the report lists them in full below the chart.
     */
    public static String network(String id, String title, String desc, List<Node> nodes, List<Edge> edges,
                                 String solidMeaning, String dashedMeaning) {
        int width = 880;
        int height = nodes.size() <= 2 ? 320 : nodes.size() <= 6 ? 480 : 560;
        double cx = width / 2.0;
        double cy = height / 2.0 + 14;
        double radius = nodes.size() <= 1 ? 0 : Math.min(width * 0.25, height / 2.0 - 90);
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, nodes.size());
            at.put(nodes.get(i).id(), new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), angle});
        }
        var svg = open(id, title, desc, width, height);
        // Legend: line style says the kind, the number on an edge how many.
        svg.append(line(12, 16, 44, 16, INK, "")).append(text(50, 20, "start", "legend", solidMeaning));
        svg.append(line(12, 36, 44, 36, INK, "6 4")).append(text(50, 40, "start", "legend", dashedMeaning));
        svg.append(line(12, 56, 44, 56, INK, "10 3 2 3")).append(text(50, 60, "start", "legend", "both kinds"));
        svg.append(text(12, 80, "start", "legend", "number on a line: how many between the two"));

        Map<String, MergedEdge> merged = new TreeMap<>();
        for (Edge e : edges) {
            if (!at.containsKey(e.from()) || !at.containsKey(e.to())) {
                continue;
            }
            String a = e.from().compareTo(e.to()) <= 0 ? e.from() : e.to();
            String b = a.equals(e.from()) ? e.to() : e.from();
            merged.computeIfAbsent(a + "\u0000" + b, k -> new MergedEdge(a, b)).add(e);
        }
        var counts = new StringBuilder();
        var selfCounts = new TreeMap<String, Integer>();
        int index = 0;
        for (MergedEdge e : merged.values()) {
            double[] p = at.get(e.from);
            double[] q = at.get(e.to);
            String dash = e.allDashed() ? "6 4" : e.anyDashed() ? "10 3 2 3" : "";
            String what = String.join("; ", e.labels);
            svg.append("<g class=\"edge\"><title>").append(escape(nameOf(nodes, e.from) + " \u2013 "
                    + nameOf(nodes, e.to) + ": " + e.count + " \u2013 " + what)).append("</title>");
            double strokeWidth = Math.min(7, 1.2 + 1.4 * Math.log1p(e.count - 1.0));
            if (e.from.equals(e.to)) {
                // A loop pointing away from the centre, between the node and its name.
                double ox = nodes.size() <= 1 ? 0 : Math.cos(p[2]);
                double oy = nodes.size() <= 1 ? -1 : Math.sin(p[2]);
                svg.append(String.format(Locale.ROOT,
                        "<circle cx=\"%s\" cy=\"%s\" r=\"11\" fill=\"none\" stroke=\"%s\" stroke-width=\"%s\"%s/>",
                        num(p[0] + ox * 24), num(p[1] + oy * 24), INK, num(strokeWidth),
                        dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
                svg.append("</g>");
                selfCounts.put(e.from, e.count);
                continue;
            }
            svg.append(line(p[0], p[1], q[0], q[1], INK, dash).replace("/>", " stroke-width=\""
                    + num(strokeWidth) + "\"/>"));
            svg.append("</g>");
            // Counts sit at staggered points along their edges, so chords crossing at the centre
            // do not stack their numbers on one spot.
            double t = 0.5 + 0.14 * ((index++ % 3) - 1);
            counts.append(text(p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t + 4, "middle", "edge-count",
                    Integer.toString(e.count)));
        }
        for (Node n : nodes) {
            double[] p = at.get(n.id());
            svg.append("<g class=\"node\"><title>").append(escape(n.label())).append("</title>");
            svg.append(String.format(Locale.ROOT,
                    "<circle cx=\"%s\" cy=\"%s\" r=\"13\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"2\"/>",
                    num(p[0]), num(p[1]), BAR_FILL));
            svg.append(text(p[0], p[1] + 4, "middle", "initials", initials(n.label())));
            double ox = nodes.size() <= 1 ? 0 : Math.cos(p[2]);
            double oy = nodes.size() <= 1 ? -1 : Math.sin(p[2]);
            String anchor = Math.abs(ox) < 0.3 ? "middle" : ox > 0 ? "start" : "end";
            Integer self = selfCounts.get(n.id());
            // Names stand radially outside the circle, beyond the node's loop if it has one.
            double distance = self == null ? 24 : 48;
            double tx = p[0] + ox * distance;
            double ty = p[1] + oy * distance + (oy > 0.3 ? 12 : oy < -0.3 ? -4 : 4);
            svg.append(text(tx, ty, anchor, "node-label", truncate(n.label(), 30)));
            if (self != null) {
                String selfText = "self-contradictions: " + self;
                svg.append(text(tx, ty + (oy < -0.3 ? -15 : 15), anchor, "edge-label", selfText));
            }
            svg.append("</g>");
        }
        // Counts last, with a white halo (see report.css), so no line runs over them.
        svg.append(counts);
        return svg.append("</svg>").toString();
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
