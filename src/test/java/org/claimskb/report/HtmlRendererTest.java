package org.claimskb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimskb.report.chart.Charts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static Document render(ReportFixture f) {
        return Jsoup.parse(HtmlRenderer.render(ReportBuilder.build(f.kb, f.analysis)));
    }

    @Test
    void isOneSelfContainedPageWithEverySection() {
        Document doc = render(ReportFixture.plain());
        assertEquals("Credibility report", doc.selectFirst("h1").text());
        assertEquals("Credibility report, as of 2026-03-01", doc.title());
        for (String id : List.of("key-findings", "verdicts", "contradictions", "speakers", "interests", "predictions",
                "methodology")) {
            assertTrue(doc.getElementById(id) != null, id);
        }
        assertTrue(doc.select("script").isEmpty(), "no scripts at all");
        assertTrue(doc.select("link, iframe, object, embed, img").isEmpty(), "nothing fetched");
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getValue().matches("(?i)\\s*(https?:|//).*") && !a.getKey().equals("xmlns"),
                        "external reference " + a);
            }
        }
        assertEquals(1, doc.select("style").size());
    }

    @Test
    void showsVerdictsSpeakersPredictionsAndRules() {
        Document doc = render(ReportFixture.plain());
        Element verdict = doc.getElementById("v-google-lowest-cost");
        assertEquals("Leans supported", verdict.selectFirst(".band").text());
        assertEquals(2, verdict.select(".evidence.for .evidence-list > li").size());
        assertTrue(verdict.select(".evidence.for .why").first().text().contains("CORROBORATED +0.50"));
        assertEquals(List.of("B", "C", "C", "F"), doc.select(".card .letter").eachText());
        assertTrue(doc.getElementById("s-elon-musk").text().contains("Cannot be judged"));
        assertEquals(List.of("Past due, no recorded outcome 1", "Pending 1", "Resolved 1"),
                doc.select("section[aria-labelledby=predictions] h3").eachText());
        assertEquals(5, doc.select("table.rules tbody tr").size());
        assertTrue(doc.select("table.rules").text().contains("self-interest-framing rules/interest.drl SELF_INTEREST \u22120.80 1"));
    }

    @Test
    void chartsAreAccessibleInlineSvg() {
        Document doc = render(ReportFixture.plain());
        var charts = doc.select("svg.chart");
        assertEquals(List.of("chart-balance", "chart-contradictions", "chart-credibility"), charts.eachAttr("id"));
        for (Element svg : charts) {
            assertEquals("img", svg.attr("role"));
            String id = svg.id();
            assertEquals(id + "-title " + id + "-desc", svg.attr("aria-labelledby"));
            assertFalse(svg.getElementById(id + "-title").text().isBlank());
            assertFalse(svg.getElementById(id + "-desc").text().isBlank());
        }
        assertTrue(doc.getElementById("chart-credibility").text().contains("Gavin Baker"));
        assertTrue(doc.getElementById("chart-balance").text().contains("Against (hatched)"));
        assertTrue(doc.getElementById("chart-contradictions").text().contains("weight of Blackwell rack"));
        assertTrue(doc.getElementById("chart-contradictions").text().contains("contradicts themselves: 1"));
        assertTrue(doc.getElementById("chart-contradictions").text().contains("Pre-training scaling laws"), "in the loop's tooltip");
    }

    @Test
    void hostileTextShowsAsTextEverywhere() {
        String html = HtmlRenderer.render(ReportBuilder.build(ReportFixture.hostile().kb, ReportFixture.hostile().analysis));
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("script").isEmpty(), "no <script> element was injected");
        assertTrue(doc.select("img").isEmpty(), "no <img> element was injected");
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertFalse(a.getKey().toLowerCase().startsWith("on"), "event handler attribute " + a + " on " + e.tagName());
            }
        }
        assertTrue(doc.selectFirst("h3").text().contains("<script>alert(1)</script>"), "shown as text");
        assertTrue(doc.getElementById("chart-credibility").text().contains("<script>alert(1)</script>"));
        assertTrue(doc.select(".interest").attr("title").contains("\"><img src=x onerror=alert(2)>"),
                "attribute values keep the text, quoted");
        assertTrue(doc.text().contains("]]>"));
        assertFalse(html.contains("<script>alert"), "never raw in the source");
    }

    @Test
    void embedsEachChartAsItsTemplateDrawsItAlone() {
        var f = ReportFixture.plain();
        Report report = ReportBuilder.build(f.kb, f.analysis);
        String html = HtmlRenderer.render(report);
        assertTrue(html.contains(Charts.svg(HtmlRenderer.credibilityChart(report.speakers()))));
        assertTrue(html.contains(Charts.svg(HtmlRenderer.balanceChart(report.verdicts()))));
        assertTrue(html.contains(Charts.svg(HtmlRenderer.networkChart(report.speakers(), report.contradictions()))));
    }

    @Test
    void noScoredClaimNoCredibilityChart() {
        var f = ReportFixture.plain();
        Report report = ReportBuilder.build(f.kb, f.analysis);
        var unscored = report.speakers().stream().filter(c -> c.meanCredibility() == null).toList();
        assertEquals(null, HtmlRenderer.credibilityChart(unscored));
    }
}
