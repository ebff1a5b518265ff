package org.claimskb.report.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.claimskb.report.chart.NetworkChart.CountMark;
import org.claimskb.report.chart.NetworkChart.EdgeLine;
import org.claimskb.report.chart.NetworkChart.Label;
import org.claimskb.report.chart.NetworkChart.LegendRow;
import org.claimskb.report.chart.NetworkChart.LoopMark;
import org.claimskb.report.chart.NetworkChart.NodeMark;
import org.claimskb.report.chart.NetworkChart.Stroke;
import org.claimskb.report.chart.Shapes.Box;
import org.claimskb.report.chart.Shapes.Circle;
import org.claimskb.report.chart.Shapes.Curve;
import org.claimskb.report.chart.Shapes.Frame;
import org.claimskb.report.chart.Shapes.Line;
import org.claimskb.report.chart.Shapes.Rotation;
import org.claimskb.report.chart.Shapes.Text;

/**
 * Lays out a {@link NetworkChart}: nodes on a circle (in the order given), their names radially
 * outside it, one straight edge per pair of nodes however many edges join them, and an outward
 * loop for edges from a node to itself.
 *
 * <p>An edge's width grows with the logarithm of the number of edges merged into it, and that
 * number is printed on it; it is dashed when any merged edge is dashed. What the edges stand for
 * goes into the edge's tooltip and, pair by pair, into the chart's description, never onto the
 * canvas, so nothing overprints however many edges there are. Counts are placed greedily along
 * their edges (largest first) where they overlap no other count, node or name; a count with no
 * free spot is left off, and the chart says how many were.
 *
 * <p>The canvas is sized from the layout (names included, by an estimate of their width), so
 * nothing is clipped for a few nodes or for dozens; with more than {@value #MAX_HORIZONTAL_LABELS}
 * nodes the names are turned along their radius so neighbours cannot collide.
 *
 * <p>The stages, each one method: {@link #merge merge edges}, {@link #placeRing place the ring},
 * {@link #placeName place each name}, {@link #canvas size the canvas}, then draw
 * {@link #edges edges}, {@link #nodes nodes and loops}, {@link #placeCounts counts} and the
 * {@link #legend legend}, and {@link #describe describe} it all in words.
 */
public final class NetworkLayout {

    static final double NODE_FONT = 12.5;
    static final double COUNT_FONT = 11.5;
    private static final double MIN_NODE_RADIUS = 11;
    private static final double MAX_NODE_RADIUS = 20;
    private static final double PLAIN_NODE_RADIUS = 13;
    /** How far a self-loop reaches beyond its node's rim. */
    static final double LOOP_REACH = 30;
    /** Above this many nodes, horizontal names would collide near the top and bottom of the circle. */
    static final int MAX_HORIZONTAL_LABELS = 12;
    private static final double MARGIN = 12;
    static final double LEGEND_HEIGHT = 124;
    private static final double LEGEND_FONT = 11;
    private static final double LEGEND_X = 60;
    /** Narrower than this, a chart of two or three nodes would be blown up to giant type. */
    private static final int MIN_WIDTH = 680;
    /** Above this many lines, they are drawn lighter so the crowd does not turn into a black disc. */
    private static final int OPAQUE_EDGES = 40;
    /** Fractions along an edge tried for its count, nearest the middle first. */
    private static final double[] COUNT_POSITIONS = {0.5, 0.43, 0.57, 0.36, 0.64, 0.3, 0.7, 0.25, 0.75};

    private NetworkLayout() {}

    /**
     * A node of a network chart.
     *
     * @param weight how much the node stands for (for example its number of claims), drawn as its
     *               size when the chart is given a meaning for it
     */
    public record Node(String id, String label, int weight) {
        public Node {
            label = ChartText.clean(label);
        }
    }

    /**
     * An edge of a network chart; an edge from a node to itself is drawn as a loop.
     *
     * @param dashed draws the edge dashed (and says so in the legend), for a second kind of edge
     */
    public record Edge(String from, String to, String label, boolean dashed) {
        public Edge {
            label = ChartText.clean(label);
        }
    }

    /**
     * The chart.
     *
     * @param nodeSizeMeaning what {@link Node#weight()} stands for, for the legend; null draws all
     *                        nodes the same size
     */
    public static NetworkChart layout(String id, String title, String desc, List<Node> nodes, List<Edge> edges,
                                      String solidMeaning, String dashedMeaning, String nodeSizeMeaning) {
        List<Node> ring = distinct(nodes);
        Links links = merge(ring, edges);
        int maxWeight = ring.stream().mapToInt(Node::weight).max().orElse(0);
        String sizeMeaning = nodeSizeMeaning != null && maxWeight > 0 ? ChartText.clean(nodeSizeMeaning) : null;
        boolean radial = ring.size() > MAX_HORIZONTAL_LABELS;

        List<Spot> spots = placeRing(ring, links.loops(), sizeMeaning != null, maxWeight);
        List<Name> names = spots.stream().map(s -> placeName(s, radial)).toList();
        List<String> legendTexts = legendTexts(ChartText.clean(solidMeaning), ChartText.clean(dashedMeaning),
                ChartText.clean(nodeSizeMeaning), links.maxCount());
        Canvas canvas = canvas(spots, names, legendTexts);
        spots = spots.stream().map(s -> s.shift(canvas.dx(), canvas.dy())).toList();
        names = names.stream().map(n -> n.shift(canvas.dx(), canvas.dy())).toList();

        var frame = new Frame(ChartText.clean(id), ChartText.clean(title), describe(ChartText.clean(desc), ring, links),
                canvas.width(), canvas.height());
        Counts counts = placeCounts(links, spots, names);
        return new NetworkChart(frame, legend(legendTexts, sizeMeaning != null, links.maxCount()),
                edges(links, spots), nodes(spots, names, links, sizeMeaning, radial), counts.placed(),
                leftOffNote(counts.leftOff()));
    }

    // ---- merge edges ----------------------------------------------------------------------

    /** All edges between two nodes, whichever way round: the pair's key is its ids in order. */
    record Link(String from, String to, int count, int dashed, List<String> labels) {

        String key() {
            return from + "\u0000" + to;
        }

        boolean anyDashed() {
            return dashed > 0;
        }
    }

    /** The merged edges: between two nodes (by key), and from a node to itself (by node id). */
    record Links(List<Link> pairs, Map<String, Link> loops, int maxCount) {}

    /** The nodes once each, by id, first occurrence kept, in the order given. */
    private static List<Node> distinct(List<Node> nodes) {
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.putIfAbsent(n.id(), n));
        return List.copyOf(byId.values());
    }

    /** Merges edges per pair of nodes, whichever way round; edges to an unknown node are dropped. */
    static Links merge(List<Node> ring, List<Edge> edges) {
        var ids = new TreeSet<String>();
        ring.forEach(n -> ids.add(n.id()));
        final class Tally {
            final String from;
            final String to;
            final TreeSet<String> labels = new TreeSet<>();
            int count;
            int dashed;

            Tally(String from, String to) {
                this.from = from;
                this.to = to;
            }
        }
        Map<String, Tally> byKey = new TreeMap<>();
        for (Edge e : edges) {
            if (!ids.contains(e.from()) || !ids.contains(e.to())) {
                continue;
            }
            String a = e.from().compareTo(e.to()) <= 0 ? e.from() : e.to();
            String b = a.equals(e.from()) ? e.to() : e.from();
            Tally t = byKey.computeIfAbsent(a + "\u0000" + b, k -> new Tally(a, b));
            t.count++;
            t.dashed += e.dashed() ? 1 : 0;
            t.labels.add(e.label());
        }
        var pairs = new ArrayList<Link>();
        var loops = new TreeMap<String, Link>();
        for (Tally t : byKey.values()) {
            var link = new Link(t.from, t.to, t.count, t.dashed, List.copyOf(t.labels));
            if (link.from().equals(link.to())) {
                loops.put(link.from(), link);
            } else {
                pairs.add(link);
            }
        }
        int maxCount = byKey.values().stream().mapToInt(t -> t.count).max().orElse(1);
        return new Links(List.copyOf(pairs), loops, maxCount);
    }

    /** Width on a log scale: 1 stays hairline-thin, the largest count (or 100) gets the heaviest line. */
    static double strokeWidth(int count, int maxCount) {
        return 1.2 + 5.8 * Math.log(Math.max(1, count)) / Math.log(Math.max(100, maxCount));
    }

    // ---- place the ring -------------------------------------------------------------------

    /**
     * A node's place, around (0, 0) until the canvas is sized: its centre, the unit vector (ux,
     * uy) from the ring's centre towards it, its radius, and whether it has a loop.
     */
    record Spot(Node node, double x, double y, double ux, double uy, double r, boolean looped) {

        Spot shift(double dx, double dy) {
            return new Spot(node, x + dx, y + dy, ux, uy, r, looped);
        }

        /** The area the node's loop (with its count) takes up, around the loop's middle. */
        Box loopBox(double half) {
            double mid = r + LOOP_REACH * 0.5;
            double cx = x + ux * mid;
            double cy = y + uy * mid;
            return new Box(cx - half, cy - half, cx + half, cy + half);
        }
    }

    /**
     * Nodes evenly on a circle from the top, clockwise; two nodes side by side rather than one
     * above the other (names are wider than tall). The radius gives each node about 46 units of
     * arc, and a node's size grows with the square root of its weight when sizes mean something.
     */
    static List<Spot> placeRing(List<Node> ring, Map<String, Link> loops, boolean sized, int maxWeight) {
        int n = ring.size();
        double radius = n <= 1 ? 0 : Math.max(n == 2 ? 110 : 170, n * 46 / (2 * Math.PI));
        var spots = new ArrayList<Spot>();
        for (int i = 0; i < n; i++) {
            Node node = ring.get(i);
            double angle = (n == 2 ? Math.PI : -Math.PI / 2) + 2 * Math.PI * i / Math.max(1, n);
            double ux = n <= 1 ? 0 : Math.cos(angle);
            double uy = n <= 1 ? -1 : Math.sin(angle);
            double r = sized ? MIN_NODE_RADIUS + (MAX_NODE_RADIUS - MIN_NODE_RADIUS)
                    * Math.sqrt(Math.max(0, node.weight()) / (double) maxWeight) : PLAIN_NODE_RADIUS;
            spots.add(new Spot(node, radius * ux, radius * uy, ux, uy, r, loops.containsKey(node.id())));
        }
        return spots;
    }

    // ---- place the names ------------------------------------------------------------------

    /**
     * A node's name: its lines, the point it is drawn from (just outside the node, or its loop)
     * and the box it takes up.
     */
    record Name(List<String> lines, double x, double y, Box box) {

        Name shift(double dx, double dy) {
            return new Name(lines, x + dx, y + dy, box.shift(dx, dy));
        }
    }

    /** Where a node's name goes: beside it on the outside, or along its radius when they are many. */
    static Name placeName(Spot p, boolean radial) {
        List<String> lines = radial ? List.of(ChartText.truncate(p.node().label(), 34)) : ChartText.wrap(p.node().label(), 26, 2);
        double gap = p.r() + 7 + (p.looped() ? LOOP_REACH + 4 : 0);
        double x = p.x() + p.ux() * gap;
        double y = p.y() + p.uy() * gap;
        double w = lines.stream().mapToDouble(s -> ChartText.textWidth(s, NODE_FONT, true)).max().orElse(0);
        if (radial) {
            // The text runs outward from (x, y) along the radius; half a line either side.
            double ex = x + p.ux() * w;
            double ey = y + p.uy() * w;
            double half = NODE_FONT * 0.6;
            return new Name(lines, x, y, new Box(Math.min(x, ex) - half, Math.min(y, ey) - half,
                    Math.max(x, ex) + half, Math.max(y, ey) + half));
        }
        double h = (NODE_FONT + 3) * lines.size();
        String anchor = anchor(p);
        double left = anchor.equals("start") ? x : anchor.equals("end") ? x - w : x - w / 2;
        // Above the node the block sits on the point, below it hangs from it, at the sides it is centred.
        double top = p.uy() < -0.5 ? y - h : p.uy() > 0.5 ? y : y - h / 2;
        return new Name(lines, x, y, new Box(left, top, left + w, top + h));
    }

    /** Names right of the ring start at their point, left of it end there, at the top and bottom are centred. */
    private static String anchor(Spot p) {
        return Math.abs(p.ux()) < 0.26 ? "middle" : p.ux() > 0 ? "start" : "end";
    }

    // ---- size the canvas ------------------------------------------------------------------

    /** The canvas size, and how far the layout around (0, 0) moves onto it. */
    record Canvas(int width, int height, double dx, double dy) {}

    /**
     * A canvas that holds every node, loop and name with a margin, below the legend, at least
     * as wide as the legend and {@link #MIN_WIDTH}; the drawing is centred across it.
     */
    static Canvas canvas(List<Spot> spots, List<Name> names, List<String> legendTexts) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        var boxes = new ArrayList<Box>();
        for (int i = 0; i < spots.size(); i++) {
            Spot p = spots.get(i);
            boxes.add(new Box(p.x() - p.r(), p.y() - p.r(), p.x() + p.r(), p.y() + p.r()));
            if (p.looped()) {
                double reach = p.r() + LOOP_REACH;
                boxes.add(new Box(p.x() + p.ux() * reach - 18, p.y() + p.uy() * reach - 18,
                        p.x() + p.ux() * reach + 18, p.y() + p.uy() * reach + 18));
            }
            boxes.add(names.get(i).box());
        }
        if (spots.isEmpty()) {
            boxes.add(new Box(0, 0, 0, 0));
        }
        for (Box b : boxes) {
            minX = Math.min(minX, b.left());
            minY = Math.min(minY, b.top());
            maxX = Math.max(maxX, b.right());
            maxY = Math.max(maxY, b.bottom());
        }
        double legendWidth = LEGEND_X + MARGIN + legendTexts.stream()
                .mapToDouble(t -> ChartText.textWidth(t, LEGEND_FONT, false)).max().orElse(0);
        double dx = MARGIN - minX;
        double dy = LEGEND_HEIGHT + MARGIN - minY;
        double graphWidth = maxX - minX + 2 * MARGIN;
        int width = (int) Math.ceil(Math.max(MIN_WIDTH, Math.max(graphWidth, legendWidth)));
        if (graphWidth < width) {
            dx += (width - graphWidth) / 2;
        }
        int height = (int) Math.ceil(LEGEND_HEIGHT + maxY - minY + 2 * MARGIN);
        return new Canvas(width, height, dx, dy);
    }

    // ---- edges, nodes and loops -----------------------------------------------------------

    /** One line per pair of nodes, thin ones first so heavy ones are drawn on top of them. */
    static List<EdgeLine> edges(Links links, List<Spot> spots) {
        Map<String, Spot> byId = byId(spots);
        int n = links.pairs().size();
        Double opacity = n <= OPAQUE_EDGES ? null : Math.max(0.3, Math.sqrt((double) OPAQUE_EDGES / n));
        List<Link> drawOrder = new ArrayList<>(links.pairs());
        drawOrder.sort(Comparator.comparingInt(Link::count).thenComparing(Link::key));
        return drawOrder.stream().map(e -> {
            Spot p = byId.get(e.from());
            Spot q = byId.get(e.to());
            return new EdgeLine(e.from(), e.to(), e.count(), edgeTitle(p.node().label() + " \u2013 " + q.node().label(), e),
                    new Line(p.x(), p.y(), q.x(), q.y()), e.anyDashed(), strokeWidth(e.count(), links.maxCount()), opacity);
        }).toList();
    }

    static List<NodeMark> nodes(List<Spot> spots, List<Name> names, Links links, String sizeMeaning, boolean radial) {
        var marks = new ArrayList<NodeMark>();
        for (int i = 0; i < spots.size(); i++) {
            Spot p = spots.get(i);
            Link self = links.loops().get(p.node().id());
            String tooltip = p.node().label() + (sizeMeaning != null ? " (" + p.node().weight() + " " + sizeMeaning + ")" : "")
                    + (self == null ? "" : ", contradicts themselves " + self.count() + "\u00d7");
            marks.add(new NodeMark(p.node().id(), tooltip, new Circle(p.x(), p.y(), p.r()),
                    new Text(p.x(), p.y() + 3.5, "middle", ChartText.initials(p.node().label())),
                    label(p, names.get(i), radial), self == null ? null : loop(p, self, links.maxCount())));
        }
        return marks;
    }

    /** The name's lines as drawn: from its box's top line by line, or one line turned along the radius. */
    private static Label label(Spot p, Name name, boolean radial) {
        if (radial) {
            double degrees = Math.toDegrees(Math.atan2(p.uy(), p.ux()));
            boolean left = p.ux() < -1e-9;
            var line = new Text(name.x(), name.y() + NODE_FONT * 0.35, left ? "end" : "start", name.lines().getFirst());
            return new Label(List.of(line), name.box(), new Rotation(left ? degrees + 180 : degrees, name.x(), name.y()));
        }
        double lineHeight = NODE_FONT + 3;
        var lines = new ArrayList<Text>();
        for (int i = 0; i < name.lines().size(); i++) {
            lines.add(new Text(name.x(), name.box().top() + lineHeight * i + NODE_FONT, anchor(p), name.lines().get(i)));
        }
        return new Label(lines, name.box(), null);
    }

    /** A teardrop leaving the node's rim and pointing away from the centre of the circle, its count in the middle. */
    static LoopMark loop(Spot p, Link self, int maxCount) {
        double spread = 0.42;
        double reach = (p.r() + LOOP_REACH - 0.22 * p.r()) / 0.68;
        double[] s = rotate(p.ux(), p.uy(), -spread);
        double[] e = rotate(p.ux(), p.uy(), spread);
        double[] c1 = rotate(p.ux(), p.uy(), -spread - 0.25);
        double[] c2 = rotate(p.ux(), p.uy(), spread + 0.25);
        var curve = new Curve(p.x() + s[0] * p.r(), p.y() + s[1] * p.r(), p.x() + c1[0] * reach, p.y() + c1[1] * reach,
                p.x() + c2[0] * reach, p.y() + c2[1] * reach, p.x() + e[0] * p.r(), p.y() + e[1] * p.r());
        double mid = p.r() + LOOP_REACH * 0.5;
        return new LoopMark(self.count(), edgeTitle(p.node().label() + " with themselves", self), curve, self.anyDashed(),
                strokeWidth(self.count(), maxCount),
                new Text(p.x() + p.ux() * mid, p.y() + p.uy() * mid + 4, "middle", Integer.toString(self.count())));
    }

    private static double[] rotate(double x, double y, double by) {
        return new double[] {x * Math.cos(by) - y * Math.sin(by), x * Math.sin(by) + y * Math.cos(by)};
    }

    private static String edgeTitle(String who, Link e) {
        int numeric = e.dashed();
        String kinds = numeric == 0 ? "" : numeric == e.count() ? ", all numeric" : ", " + numeric + " numeric";
        return who + ": " + e.count() + (e.count() == 1 ? " contradiction" : " contradictions") + kinds + " \u2013 "
                + String.join("; ", e.labels());
    }

    // ---- place the counts -----------------------------------------------------------------

    record Counts(List<CountMark> placed, int leftOff) {}

    /**
     * Each pair's count, largest first, at the first spot along its line (nearest the middle
     * first) that overlaps no node, name, loop or count already placed; at most
     * max(12, 3 × nodes) of them, so a crowded chart is not buried in numbers.
     */
    static Counts placeCounts(Links links, List<Spot> spots, List<Name> names) {
        Map<String, Spot> byId = byId(spots);
        List<Box> taken = new ArrayList<>();
        for (int i = 0; i < spots.size(); i++) {
            Spot p = spots.get(i);
            taken.add(new Box(p.x() - p.r() - 2, p.y() - p.r() - 2, p.x() + p.r() + 2, p.y() + p.r() + 2));
            taken.add(names.get(i).box());
            if (p.looped()) {
                taken.add(p.loopBox(16));
            }
        }
        List<Link> labelOrder = new ArrayList<>(links.pairs());
        labelOrder.sort(Comparator.comparingInt((Link e) -> -e.count()).thenComparing(Link::key));
        var placed = new ArrayList<CountMark>();
        int leftOff = 0;
        int room = Math.max(12, 3 * spots.size());
        for (Link e : labelOrder) {
            String label = Integer.toString(e.count());
            Box spot = freeSpot(byId.get(e.from()), byId.get(e.to()), label, taken);
            if (spot == null || room == 0) {
                leftOff++;
                continue;
            }
            taken.add(spot);
            room--;
            placed.add(new CountMark(new Text((spot.left() + spot.right()) / 2,
                    (spot.top() + spot.bottom()) / 2 + COUNT_FONT * 0.35, "middle", label), spot));
        }
        return new Counts(placed, leftOff);
    }

    /** The first box for the label along the line from p to q that overlaps nothing taken; null if none. */
    private static Box freeSpot(Spot p, Spot q, String label, List<Box> taken) {
        double w = ChartText.textWidth(label, COUNT_FONT, true) + 6;
        double h = COUNT_FONT + 3;
        for (double t : COUNT_POSITIONS) {
            double x = p.x() + (q.x() - p.x()) * t;
            double y = p.y() + (q.y() - p.y()) * t;
            var box = new Box(x - w / 2, y - h / 2, x + w / 2, y + h / 2);
            if (taken.stream().noneMatch(b -> b.overlaps(box))) {
                return box;
            }
        }
        return null;
    }

    /** Under the legend, how many counts found no spot; null when all did. */
    private static Text leftOffNote(int leftOff) {
        return leftOff == 0 ? null : new Text(12, LEGEND_HEIGHT - 10, "start", leftOff
                + (leftOff == 1 ? " count" : " counts") + " left off where lines crowd: hover a line, or see the table");
    }

    private static Map<String, Spot> byId(List<Spot> spots) {
        Map<String, Spot> byId = new LinkedHashMap<>();
        spots.forEach(s -> byId.put(s.node().id(), s));
        return byId;
    }

    // ---- legend ---------------------------------------------------------------------------

    private static List<String> legendTexts(String solidMeaning, String dashedMeaning, String nodeSizeMeaning, int maxCount) {
        var texts = new ArrayList<>(List.of(solidMeaning, dashedMeaning,
                "width and number: how many contradictions between the two (1 to " + Math.max(2, maxCount) + ")",
                "loop with a number: a speaker contradicting themselves"));
        if (nodeSizeMeaning != null) {
            texts.add("circle size: " + nodeSizeMeaning);
        }
        return texts;
    }

    /**
     * A row per kind of mark, above the drawing: solid line, dashed line, thinnest and thickest
     * line, loop, and (when nodes are sized) a small and a large circle.
     */
    static List<LegendRow> legend(List<String> texts, boolean sized, int maxCount) {
        var rows = new ArrayList<LegendRow>();
        rows.add(new LegendRow(List.of(new Stroke(new Line(12, 14, 52, 14), false, null)), null, List.of(),
                new Text(LEGEND_X, 18, "start", texts.get(0))));
        rows.add(new LegendRow(List.of(new Stroke(new Line(12, 32, 52, 32), true, null)), null, List.of(),
                new Text(LEGEND_X, 36, "start", texts.get(1))));
        rows.add(new LegendRow(List.of(new Stroke(new Line(12, 50, 28, 50), false, strokeWidth(1, maxCount)),
                new Stroke(new Line(36, 50, 52, 50), false, strokeWidth(Math.max(2, maxCount), maxCount))), null, List.of(),
                new Text(LEGEND_X, 54, "start", texts.get(2))));
        rows.add(new LegendRow(List.of(), new Curve(26, 76, 18, 60, 46, 60, 38, 76), List.of(),
                new Text(LEGEND_X, 72, "start", texts.get(3))));
        if (sized) {
            rows.add(new LegendRow(List.of(), null, List.of(new Circle(20, 90, 4), new Circle(40, 90, 7)),
                    new Text(LEGEND_X, 94, "start", texts.get(4))));
        }
        return rows;
    }

    // ---- describe -------------------------------------------------------------------------

    /** The caller's description, then one sentence per pair and per loop: the text alternative to the drawing. */
    static String describe(String desc, List<Node> ring, Links links) {
        var out = new StringBuilder(desc == null ? "" : desc.strip());
        List<Link> ordered = new ArrayList<>(links.pairs());
        ordered.sort(Comparator.comparingInt((Link e) -> -e.count()).thenComparing(Link::key));
        for (Link e : ordered) {
            out.append(out.isEmpty() ? "" : " ").append(nameOf(ring, e.from())).append(" and ").append(nameOf(ring, e.to()))
                    .append(": ").append(e.count()).append(e.anyDashed() ? " (" + e.dashed() + " numeric)" : "").append('.');
        }
        for (Link e : links.loops().values()) {
            out.append(out.isEmpty() ? "" : " ").append(nameOf(ring, e.from())).append(" contradicts themselves: ")
                    .append(e.count()).append('.');
        }
        return out.toString();
    }

    private static String nameOf(List<Node> nodes, String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).map(Node::label).findFirst().orElse(id);
    }
}
