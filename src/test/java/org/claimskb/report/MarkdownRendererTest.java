package org.claimskb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static String render(ReportFixture f) {
        return MarkdownRenderer.render(ReportBuilder.build(f.kb, f.analysis));
    }

    @Test
    void hasEverySectionAndTheVerdictsWithTheirEvidence() {
        String md = render(ReportFixture.plain());
        for (String heading : List.of("# Credibility report", "## Key findings", "## At a glance", "## Verdicts",
                "## Contradictions", "## Speakers", "## Interests", "## Predictions", "## Methodology",
                "### Rules and their weights")) {
            assertTrue(md.contains("\n" + heading + "\n") || md.startsWith(heading + "\n"), heading);
        }
        assertTrue(md.contains("### Leans supported: Google is the lowest-cost producer of AI tokens."));
        assertTrue(md.contains("`google-lowest-cost` · score **+0.41** · evidence weight 1.32 (for 1.17, against 0.15)"));
        assertTrue(md.contains("| 0.73 | 73% | **Dylan Patel**: \u201cTPU v7 total cost of ownership is below GB200's.\u201d"
                + " · *SemiAnalysis notes*, 2025-11-20, at section 3 · `patel-notes-2025/tpu-cost` |"
                + " credibility 0.73 x 1.0 (verifiable fact); prior +0.50 (unknown fact); `CORROBORATED` +0.50:"
                + " corroborated by baker-iltb-2025/google-cheapest |"), md);
        assertTrue(md.contains("| **B** | Gavin Baker | bounded | 2 | 59% | 62% | no predictions | – |"), md);
        assertTrue(md.contains("| rules/interest.drl | self-interest-framing | `SELF_INTEREST` | \u22120.80 | 1 |"
                + " Framing that favours the speaker's own company is discounted. |"));
        assertTrue(md.contains("| rules/contradiction.drl | numeric-contradiction | `CONTRADICTED` | computed | 2 |"));
        assertTrue(md.contains("| 2025-12-31 | due | – | 18% | **Elon Musk**: \u201cAGI arrives by the end of 2025.\u201d"));
    }

    @Test
    void balanceBarIsProportionalAndCentred() {
        assertEquals("\u00b7".repeat(5) + "\u2592".repeat(5) + "\u2502" + "\u2588".repeat(10),
                MarkdownRenderer.balanceBar(1, 2));
        assertEquals("\u00b7".repeat(10) + "\u2502" + "\u00b7".repeat(10), MarkdownRenderer.balanceBar(0, 0));
    }

    @Test
    void hostileTextIsInertAndNeverBreaksATable() {
        String md = render(ReportFixture.hostile());
        assertFalse(md.contains("<script"), "raw HTML would run on some Markdown viewers");
        assertFalse(md.contains("<img"));
        assertFalse(Pattern.compile("(?<!\\\\)\\]\\(javascript:").matcher(md).find(), "a link must not form");
        assertTrue(md.contains("&lt;script>alert(1)&lt;/script>"), "no tag can open without <");
        assertTrue(md.contains("\\| pipe \\[link\\](javascript:alert(3)) \\*bold\\* &amp;amp;"));
        Pattern unescapedPipe = Pattern.compile("(?<!\\\\)\\|");
        String[] lines = md.split("\n");
        int expected = -1;
        for (String line : lines) {
            if (!line.startsWith("|")) {
                expected = -1;
                continue;
            }
            int cells = (int) unescapedPipe.matcher(line).results().count();
            if (expected < 0) {
                expected = cells;
            }
            assertEquals(expected, cells, "row with a different cell count: " + line);
        }
    }

    @Test
    void escapeHandlesMarkdownSyntaxNewlinesAndEntities() {
        assertEquals("a \\# b \\_c\\_ \\`d\\` line two", MarkdownRenderer.escape("a # b _c_ `d`\nline two"));
        assertEquals("AT&T &amp;lt;", MarkdownRenderer.escape("AT&T &lt;"));
        assertEquals("", MarkdownRenderer.escape(null));
        assertEquals("`huang-pod-2026/scaling`", MarkdownRenderer.code("huang-pod-2026/scaling"));
        assertEquals("a\\`b", MarkdownRenderer.code("a`b"), "ids that are not plain ids are escaped text");
    }
}
