package org.claimskb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class SvgChartsTest {

    private static final String EVIL = ReportFixture.HOSTILE + " \u0001\u0008";

    private static Document parse(String svg) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static List<String> texts(Document doc) {
        var list = doc.getElementsByTagName("text");
        var result = new java.util.ArrayList<String>();
        for (int i = 0; i < list.getLength(); i++) {
            result.add(list.item(i).getTextContent());
        }
        return result;
    }

    private static void assertAccessible(Document doc, String id, String title) {
        Element root = doc.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals(id + "-title " + id + "-desc", root.getAttribute("aria-labelledby"));
        assertEquals(title, doc.getElementsByTagName("title").item(0).getTextContent());
        assertEquals(id + "-desc", ((Element) doc.getElementsByTagName("desc").item(0)).getAttribute("id"));
        assertEquals(0, doc.getElementsByTagName("script").getLength());
        assertEquals(0, doc.getElementsByTagName("img").getLength());
    }

    @Test
    void horizontalBarsPrintValuesAndNotesAsText() throws Exception {
        String svg = SvgCharts.horizontalBars("c1", "Credibility", "desc",
                List.of(new SvgCharts.Bar("Gavin Baker", 0.59, "59%", "grade B"),
                        new SvgCharts.Bar("Elon Musk", 0.24, "24%", "grade F")), "Mean credibility");
        Document doc = parse(svg);
        assertAccessible(doc, "c1", "Credibility");
        List<String> texts = texts(doc);
        assertTrue(texts.containsAll(List.of("Gavin Baker", "59%  grade B", "Elon Musk", "24%  grade F", "0%", "100%")), texts.toString());
        assertTrue(svg.contains("width=\"224.2\""), "0.59 of a 380 wide plot");
    }

    @Test
    void divergingBarsUseAPatternAndWordsForTheSides() throws Exception {
        String svg = SvgCharts.divergingBars("c2", "Balance", "desc",
                List.of(new SvgCharts.Balance("Prop one", 0.5, 1.0, "Leans supported")));
        Document doc = parse(svg);
        assertAccessible(doc, "c2", "Balance");
        assertEquals(1, doc.getElementsByTagName("pattern").getLength());
        assertTrue(svg.contains("fill=\"url(#c2-hatch)\""));
        assertTrue(texts(doc).containsAll(List.of("Against (hatched)", "For (solid)", "Prop one", "0.50", "1.00",
                "Leans supported")));
    }

    @Test
    void networkMergesParallelEdgesAndDrawsLoops() throws Exception {
        String svg = SvgCharts.network("c3", "Network", "desc",
                List.of(new SvgCharts.Node("a", "Ann Able"), new SvgCharts.Node("b", "Bob Baker")),
                List.of(new SvgCharts.Edge("a", "b", "rack weight", true),
                        new SvgCharts.Edge("b", "a", "cheapest tokens", false),
                        new SvgCharts.Edge("a", "a", "scaling", false),
                        new SvgCharts.Edge("a", "zed", "ignored: unknown node", false)),
                "stance", "numbers");
        Document doc = parse(svg);
        assertAccessible(doc, "c3", "Network");
        List<String> texts = texts(doc);
        assertTrue(texts.contains("2"), "the merged edge shows its count: " + texts);
        assertTrue(svg.contains("Ann Able \u2013 Bob Baker: 2 \u2013 cheapest tokens; rack weight"), "the tooltip names both");
        assertTrue(texts.contains("self-contradictions: 1"), texts.toString());
        assertFalse(texts.stream().anyMatch(s -> s.contains("rack weight")), "edge topics stay off the canvas");
        assertTrue(texts.containsAll(List.of("AA", "BB", "Ann Able", "Bob Baker")));
        assertEquals(1, doc.getElementsByTagName("line").getLength() - 3, "one merged edge besides the legend");
        assertTrue(svg.contains("stroke-dasharray=\"10 3 2 3\""), "mixed kinds get a mixed dash");
    }

    @Test
    void hostileLabelsStayWellFormedText() throws Exception {
        String bars = SvgCharts.horizontalBars(EVIL, EVIL, EVIL, List.of(new SvgCharts.Bar(EVIL, 0.5, EVIL, EVIL)), EVIL);
        String balance = SvgCharts.divergingBars("x", EVIL, EVIL, List.of(new SvgCharts.Balance(EVIL, 1, 1, EVIL)));
        String network = SvgCharts.network("y", EVIL, EVIL, List.of(new SvgCharts.Node("n", EVIL)),
                List.of(new SvgCharts.Edge("n", "n", EVIL, false)), EVIL, EVIL);
        for (String svg : List.of(bars, balance, network)) {
            Document doc = parse(svg);
            assertEquals(0, doc.getElementsByTagName("script").getLength());
            assertEquals(0, doc.getElementsByTagName("img").getLength());
            assertTrue(doc.getDocumentElement().getTextContent().contains("<script>alert(1)</script>"));
        }
    }

    @Test
    void helpers() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", SvgCharts.escape("<a href=\"x\" title='y'>&\u0000"));
        assertEquals("abc\u2026", SvgCharts.truncate("abcdef", 4));
        assertEquals("one two", SvgCharts.truncate(" one\n two ", 10));
        assertEquals("JH", SvgCharts.initials("Jensen Huang"));
        assertEquals("JM", SvgCharts.initials("Jean-Marie Smith"));
        assertEquals("孫", SvgCharts.initials("孫正義"));
        assertEquals("0", SvgCharts.num(-0.01));
        assertEquals("12.5", SvgCharts.num(12.46));
    }
}
