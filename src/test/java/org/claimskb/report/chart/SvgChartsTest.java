package org.claimskb.report.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.claimskb.report.chart.BalanceLayout.Balance;
import org.claimskb.report.chart.BarLayout.Bar;
import org.claimskb.report.chart.NetworkLayout.Edge;
import org.claimskb.report.chart.NetworkLayout.Node;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The charts as drawn: each template's output parsed as XML, checked for structure, text and escaping. */
class SvgChartsTest {

    /** The report fixture's hostile text, and two control characters XML forbids. */
    static final String EVIL = "<script>alert(1)</script> \"><img src=x onerror=alert(2)> ]]> | pipe "
            + "[link](javascript:alert(3)) *bold* &amp; \u0001\u0008";

    static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document doc) {
        return elements(doc, "text").stream().map(Element::getTextContent).toList();
    }

    private static void assertAccessible(Document doc, String id, String title) {
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals(id + "-title " + id + "-desc", root.getAttribute("aria-labelledby"));
        assertEquals(title, doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(id + "-title", ((Element) doc.getElementsByTagName("title").item(0)).getAttribute("id"));
        assertEquals(id + "-desc", ((Element) doc.getElementsByTagName("desc").item(0)).getAttribute("id"));
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(0, doc.getElementsByTagName("img").getLength());
    }

    private static String bars(String id, String title, String desc, List<Bar> bars, String axis) {
        return Charts.svg(BarLayout.layout(id, title, desc, bars, axis));
    }

    @Test
    void horizontalBarsPrintValuesAndNotesAsText() throws Exception {
        String svg = bars("c1", "Credibility", "desc",
                List.of(new Bar("Gavin Baker", 0.59, "59%", "grade B"), new Bar("Elon Musk", 0.24, "24%", "grade F")),
                "Mean credibility");
        Document doc = parse(svg);
        assertAccessible(doc, "c1", "Credibility");
        List<String> texts = texts(doc);
        assertTrue(texts.containsAll(List.of("Gavin Baker", "59%  grade B", "Elon Musk", "24%  grade F", "0%", "100%")), texts.toString());
        assertTrue(svg.contains("width=\"224.2\""), "0.59 of a 380 wide plot");
    }

    @Test
    void horizontalBarsMakeRoomForLongNamesAndCutOnlyWhatCannotFit() throws Exception {
        String longName = "Author of the Traditional Chinese post";
        String veryLong = "A speaker whose name goes on and on and on well beyond any sensible column width at all";
        Document doc = parse(bars("c1", "Credibility", "desc",
                List.of(new Bar(longName, 0.5, "50%", null), new Bar(veryLong, 0.4, "40%", null)), "axis"));
        List<String> texts = texts(doc);
        assertTrue(texts.contains(longName), texts.toString());
        String cut = texts.stream().filter(t -> t.startsWith("A speaker")).findFirst().orElseThrow();
        assertTrue(cut.endsWith("\u2026") && cut.length() < veryLong.length(), cut);
        for (Element t : elements(doc, "text")) {
            if (t.getAttribute("class").equals("label")) {
                double right = attr(t, "x");
                assertTrue(right - ChartText.textWidth(t.getTextContent(), 12.5, false) >= 0, t.getTextContent() + " is clipped");
            }
        }
        assertTrue(doc.getElementsByTagName("title").item(1).getTextContent().startsWith(longName), "full name in the tooltip");
    }

    @Test
    void divergingBarsUseAPatternAndWordsForTheSides() throws Exception {
        String svg = Charts.svg(BalanceLayout.layout("c2", "Balance", "desc",
                List.of(new Balance("Prop one", 0.5, 1.0, "Leans supported"))));
        Document doc = parse(svg);
        assertAccessible(doc, "c2", "Balance");
        assertEquals(1, doc.getElementsByTagName("pattern").getLength());
        assertEquals("c2-hatch", ((Element) doc.getElementsByTagName("pattern").item(0)).getAttribute("id"));
        assertTrue(svg.contains("fill=\"url(#c2-hatch)\""));
        assertTrue(texts(doc).containsAll(List.of("Against (hatched)", "For (solid)", "Prop one", "0.50", "1.00",
                "Leans supported")));
    }

    private static Node node(String id, String label) {
        return new Node(id, label, 1);
    }

    static NetworkChart networkChart(List<Node> nodes, List<Edge> edges) {
        return NetworkLayout.layout("c3", "Network", "desc", nodes, edges, "stance", "numbers", "claims");
    }

    private static String network(List<Node> nodes, List<Edge> edges) {
        return Charts.svg(networkChart(nodes, edges));
    }

    private static List<Element> elements(Document doc, String tag) {
        var list = doc.getElementsByTagName(tag);
        var result = new ArrayList<Element>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    private static List<Element> byClass(Document doc, String tag, String cssClass) {
        return elements(doc, tag).stream().filter(e -> e.getAttribute("class").equals(cssClass)).toList();
    }

    private static double attr(Element e, String name) {
        return Double.parseDouble(e.getAttribute(name));
    }

    /** Edges between nodes: lines inside a {@code g.edge} (the legend's lines are outside any). */
    private static List<Element> edgeLines(Document doc) {
        return elements(doc, "line").stream()
                .filter(l -> ((Element) l.getParentNode()).getAttribute("class").equals("edge")).toList();
    }

    private static List<Element> loopPaths(Document doc) {
        return elements(doc, "path").stream()
                .filter(p -> ((Element) p.getParentNode()).getAttribute("class").equals("loop")).toList();
    }

    /** Every coordinate of every drawn element, as printed, and every node name's estimated box, lies inside the viewBox. */
    private static void assertInsideViewBox(Document doc) {
        String[] box = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        double width = Double.parseDouble(box[2]);
        double height = Double.parseDouble(box[3]);
        for (String tag : List.of("line", "circle", "text")) {
            for (Element e : elements(doc, tag)) {
                for (String a : List.of("x", "y", "x1", "y1", "x2", "y2", "cx", "cy")) {
                    if (e.hasAttribute(a)) {
                        double v = attr(e, a);
                        double limit = a.contains("x") ? width : height;
                        assertTrue(v >= 0 && v <= limit, tag + " " + a + "=" + v + " outside 0.." + limit);
                    }
                }
            }
        }
        for (Element path : elements(doc, "path")) {
            // "M x y C x y, x y, x y": sample the drawn curve (its control points may lie outside).
            double[] v = java.util.Arrays.stream(path.getAttribute("d").replaceAll("[MC,]", " ").trim().split("\\s+"))
                    .mapToDouble(Double::parseDouble).toArray();
            assertEquals(8, v.length, path.getAttribute("d"));
            var curve = new Shapes.Curve(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]);
            for (int i = 0; i <= 10; i++) {
                double[] p = curve.at(i / 10.0);
                assertTrue(p[0] >= 0 && p[0] <= width && p[1] >= 0 && p[1] <= height, "loop point " + p[0] + "," + p[1]);
            }
        }
        for (Element t : byClass(doc, "text", "node-label")) {
            if (t.hasAttribute("transform")) {
                continue;
            }
            double w = ChartText.textWidth(t.getTextContent(), 12.5, true);
            double x = attr(t, "x");
            double left = switch (t.getAttribute("text-anchor")) {
                case "start" -> x;
                case "end" -> x - w;
                default -> x - w / 2;
            };
            assertTrue(left >= 0 && left + w <= width, "name '" + t.getTextContent() + "' spans " + left + ".." + (left + w));
        }
    }

    /** Centre and radius of the ring, from the node circles (evenly spread, so their mean is the centre). */
    private static double[] ring(Document doc) {
        List<Element> circles = elements(doc, "circle").stream()
                .filter(c -> ((Element) c.getParentNode()).getAttribute("class").equals("node")).toList();
        double cx = circles.stream().mapToDouble(c -> attr(c, "cx")).average().orElseThrow();
        double cy = circles.stream().mapToDouble(c -> attr(c, "cy")).average().orElseThrow();
        double r = Math.hypot(attr(circles.getFirst(), "cx") - cx, attr(circles.getFirst(), "cy") - cy);
        double maxNode = circles.stream().mapToDouble(c -> attr(c, "r")).max().orElseThrow();
        return new double[] {cx, cy, r, maxNode};
    }

    @Test
    void networkDrawsOneCountedEdgePerPairAndKeepsTopicsInTooltips() throws Exception {
        String svg = network(List.of(node("a", "Ann Able"), node("b", "Bob Baker")),
                List.of(new Edge("a", "b", "rack weight", true),
                        new Edge("b", "a", "cheapest tokens", false),
                        new Edge("a", "a", "scaling", false),
                        new Edge("a", "zed", "ignored: unknown node", false)));
        Document doc = parse(svg);
        assertAccessible(doc, "c3", "Network");
        assertEquals(1, edgeLines(doc).size(), "one line for the pair");
        assertEquals("7 4", edgeLines(doc).getFirst().getAttribute("stroke-dasharray"), "dashed: one of them is numeric");
        List<String> counts = byClass(doc, "text", "edge-count").stream().map(Element::getTextContent).toList();
        assertEquals(List.of("1", "2"), counts.stream().sorted().toList(), "the loop's count and the pair's count");
        assertTrue(svg.contains("Ann Able \u2013 Bob Baker: 2 contradictions, 1 numeric \u2013 cheapest tokens; rack weight"),
                "the tooltip names both");
        assertTrue(svg.contains("Ann Able with themselves: 1 contradiction \u2013 scaling"));
        assertFalse(texts(doc).stream().anyMatch(s -> s.contains("rack weight") || s.contains("scaling")),
                "topics stay off the canvas");
        assertTrue(texts(doc).containsAll(List.of("AA", "BB", "Ann Able", "Bob Baker")));
        assertEquals(1, loopPaths(doc).size());
        String desc = doc.getElementsByTagName("desc").item(0).getTextContent();
        assertTrue(desc.contains("Ann Able and Bob Baker: 2 (1 numeric)."), desc);
        assertTrue(desc.contains("Ann Able contradicts themselves: 1."), desc);
        assertInsideViewBox(doc);
    }

    @Test
    void stanceOnlyPairsAreSolidAndWidthGrowsWithTheCount() throws Exception {
        var edges = new ArrayList<Edge>();
        for (int i = 0; i < 40; i++) {
            edges.add(new Edge("a", "b", "topic " + i, false));
        }
        edges.add(new Edge("b", "c", "one", false));
        Document doc = parse(network(List.of(node("a", "A"), node("b", "B"), node("c", "C")), edges));
        List<Element> lines = edgeLines(doc);
        assertEquals(2, lines.size());
        assertTrue(lines.stream().noneMatch(l -> l.hasAttribute("stroke-dasharray")), "stance only: solid");
        assertTrue(lines.stream().noneMatch(l -> l.hasAttribute("stroke-opacity")), "few lines: full ink");
        double thin = lines.stream().mapToDouble(l -> attr(l, "stroke-width")).min().orElseThrow();
        double thick = lines.stream().mapToDouble(l -> attr(l, "stroke-width")).max().orElseThrow();
        assertTrue(thick > 3 * thin, thin + " vs " + thick);
        assertTrue(texts(doc).containsAll(List.of("40", "1")));
    }

    /** Nodes, with names of three kinds (long English, CJK, with an apostrophe), each contradicting everyone and themselves. */
    static NetworkChart crowd(int n) {
        var nodes = new ArrayList<Node>();
        var edges = new ArrayList<Edge>();
        for (int i = 0; i < n; i++) {
            String label = i % 3 == 0 ? "Author of the Traditional Chinese post on the interview number " + i
                    : i % 3 == 1 ? "孫正義 " + i : "Patrick O'Shaughnessy " + i;
            nodes.add(new Node("s" + i, label, i * 7));
            edges.add(new Edge("s" + i, "s" + i, "self " + i, i % 2 == 0));
            for (int j = i + 1; j < n; j++) {
                for (int k = 0; k <= (i + j) % 5; k++) {
                    edges.add(new Edge("s" + i, "s" + j, "t" + k, k == 3));
                }
            }
        }
        return networkChart(nodes, edges);
    }

    @Test
    void namesStandOutsideTheRingAndInsideTheCanvasForFewOrManyNodes() throws Exception {
        for (int n : List.of(2, 3, 7, 12, 13, 30)) {
            Document doc = parse(Charts.svg(crowd(n)));
            assertEquals(n * (n - 1) / 2, edgeLines(doc).size(), n + " nodes: one line per pair");
            assertInsideViewBox(doc);
            double[] ring = ring(doc);
            for (Element t : byClass(doc, "text", "node-label")) {
                double d = Math.hypot(attr(t, "x") - ring[0], attr(t, "y") - ring[1]);
                assertTrue(d > ring[2] + ring[3], n + " nodes: '" + t.getTextContent() + "' at " + d
                        + " from the centre, inside the ring " + ring[2]);
            }
            assertEquals(n, loopPaths(doc).size());
            if (n > NetworkLayout.MAX_HORIZONTAL_LABELS) {
                assertEquals(n, byClass(doc, "text", "node-label").stream().filter(t -> t.hasAttribute("transform")).count(),
                        "many nodes: names turned along the radius");
            }
        }
    }

    @Test
    void tenThousandContradictionsStillMakeOneLinePerPair() throws Exception {
        var nodes = List.of(node("a", "Ann Able"), node("b", "Bob Baker"), node("c", "Cy Cole"));
        var edges = new ArrayList<Edge>();
        for (int i = 0; i < 10_000; i++) {
            String from = List.of("a", "b", "c").get(i % 3);
            String to = List.of("a", "b", "c").get((i / 3) % 3);
            edges.add(new Edge(from, to, "topic " + (i % 50), i % 7 == 0));
        }
        String svg = network(nodes, edges);
        Document doc = parse(svg);
        assertEquals(3, edgeLines(doc).size());
        int total = byClass(doc, "text", "edge-count").stream().mapToInt(t -> Integer.parseInt(t.getTextContent())).sum();
        assertEquals(10_000, total, "every contradiction is counted once, on a line or a loop");
        assertInsideViewBox(doc);
        assertTrue(svg.length() < 40_000, "the tooltips hold each topic once: " + svg.length());
    }

    @Test
    void networkIsDeterministicAndCopesWithNoEdges() throws Exception {
        var nodes = List.of(node("b", "Bob Baker"), node("a", "Ann Able"));
        var edges = List.of(new Edge("b", "a", "x", false), new Edge("a", "b", "y", true));
        assertEquals(network(nodes, edges), network(nodes, edges));
        assertEquals(networkChart(nodes, edges), networkChart(nodes, edges), "records compare by value");
        Document empty = parse(network(nodes, List.of()));
        assertEquals(0, edgeLines(empty).size());
        assertInsideViewBox(empty);
        Document none = parse(network(List.of(), List.of()));
        assertAccessible(none, "c3", "Network");
    }

    @Test
    void hostileLabelsStayWellFormedText() throws Exception {
        String bars = bars(EVIL, EVIL, EVIL, List.of(new Bar(EVIL, 0.5, EVIL, EVIL)), EVIL);
        String balance = Charts.svg(BalanceLayout.layout("x", EVIL, EVIL, List.of(new Balance(EVIL, 1, 1, EVIL))));
        String network = Charts.svg(NetworkLayout.layout("y", EVIL, EVIL, List.of(new Node("n", EVIL, 1)),
                List.of(new Edge("n", "n", EVIL, false)), EVIL, EVIL, EVIL));
        for (String svg : List.of(bars, balance, network)) {
            Document doc = parse(svg);
            assertEquals(0, doc.getElementsByTagName("script").getLength());
            assertEquals(0, doc.getElementsByTagName("img").getLength());
            assertTrue(doc.getDocumentElement().getTextContent().contains("<script>alert(1)</script>"));
            assertFalse(svg.contains("<script"), "escaped, not markup");
        }
    }

    @Test
    void aSimpleHostileLabelComesOutAsText() throws Exception {
        String label = "<script>alert(1)</script> & \"x\"";
        String svg = bars("c1", label, label, List.of(new Bar(label, 0.5, "50%", label)), label);
        Document doc = parse(svg);
        assertEquals(label, doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(label, doc.getElementsByTagName("desc").item(0).getTextContent());
        assertTrue(texts(doc).contains(label), texts(doc).toString());
        assertTrue(texts(doc).contains("50%  " + label), texts(doc).toString());
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; "), svg);
    }

    @Test
    void helpers() {
        assertEquals("<a href=\"x\">&", ChartText.clean("<a href=\"x\">&\u0000\u0008\uFFFE"), "only characters XML forbids go");
        assertEquals(null, ChartText.clean(null));
        assertEquals("abc\u2026", ChartText.truncate("abcdef", 4));
        assertEquals("Gavin Baker", ChartText.fit("Gavin Baker", 200, 12.5, false));
        assertTrue(ChartText.textWidth(ChartText.fit("Gavin Baker and friends", 60, 12.5, false), 12.5, false) <= 60);
        assertEquals("one two", ChartText.truncate(" one\n two ", 10));
        assertEquals("JH", ChartText.initials("Jensen Huang"));
        assertEquals("JM", ChartText.initials("Jean-Marie Smith"));
        assertEquals("孫", ChartText.initials("孫正義"));
        assertEquals(List.of("Gavin Baker"), ChartText.wrap("Gavin Baker", 26, 2));
        assertEquals(List.of("Author of the Traditional", "Chinese post on the Baker\u2026"),
                ChartText.wrap("Author of the Traditional Chinese post on the Baker interview", 26, 2));
        assertEquals("0", Num.of(-0.01));
        assertEquals("12.5", Num.of(12.46));
        assertEquals("190", Num.of(190));
        assertEquals(null, Num.optional(null));
        assertEquals("0.30", Num.fixed2(0.3));
        assertEquals(null, Num.rotate(null));
        assertEquals("rotate(-90 10 20.5)", Num.rotate(new Shapes.Rotation(-90, 10, 20.5)));
    }
}
