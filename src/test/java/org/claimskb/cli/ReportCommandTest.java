package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

    @TempDir
    Path kb;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeKnowledgeBase() throws Exception {
        Files.createDirectories(kb.resolve("rules"));
        Files.createDirectories(kb.resolve("claims"));
        Files.writeString(kb.resolve("claims/speakers.yaml"), """
                speakers:
                  - id: ann-analyst
                    name: "Ann <script>alert(1)</script> Analyst"
                    role: Analyst
                    regime: bounded
                """);
        Files.writeString(kb.resolve("claims/talk-2025.yaml"), """
                source:
                  id: talk-2025
                  title: "A talk | with a pipe"
                  kind: transcript
                  date: 2025-10-01
                  speakers: [ann-analyst]
                claims:
                  - id: rack-weight
                    speaker: ann-analyst
                    kind: statistic
                    text: "Racks weigh <b>3,000 lb</b>."
                  - id: ships-2026
                    speaker: ann-analyst
                    kind: prediction
                    text: Rubin ships in 2026.
                    due: 2026-12-31
                """);
    }

    private int run(String... args) {
        var all = new java.util.ArrayList<>(List.of("--kb", kb.toString()));
        all.addAll(List.of(args));
        return ClaimsCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void writesAllThreeFormatsIntoTheKbReportFolderAndPrintsThePaths() throws Exception {
        assertEquals(0, run("report", "--as-of", "2026-03-01"), err.toString());
        Path dir = kb.resolve("report");
        assertEquals(List.of(dir.resolve("report.md").toString(), dir.resolve("report.html").toString(),
                dir.resolve("report.json").toString()), out.toString().lines().toList());
        String html = Files.readString(dir.resolve("report.html"));
        assertFalse(html.contains("<script>alert"), "speaker name shown as text");
        assertTrue(html.contains("Ann &lt;script&gt;alert(1)&lt;/script&gt; Analyst"));
        String md = Files.readString(dir.resolve("report.md"));
        assertTrue(md.contains("*As of 2026-03-01 · 2 claims · 1 speaker · 1 source · 0 propositions*"), md);
        assertTrue(md.contains("**Ann &lt;script>alert(1)&lt;/script> Analyst**: \u201cRubin ships in 2026.\u201d"
                + " · *A talk \\| with a pipe*, 2025-10-01 · `talk-2025/ships-2026`"), md);
        assertTrue(Files.readString(dir.resolve("report.json")).contains("\"as_of\" : \"2026-03-01\""));
    }

    @Test
    void sameInputWritesTheSameBytes() throws Exception {
        Path a = kb.resolve("a");
        Path b = kb.resolve("b");
        assertEquals(0, run("report", "--as-of", "2026-03-01", "--out", a.toString()), err.toString());
        assertEquals(0, run("report", "--as-of", "2026-03-01", "--out", b.toString()), err.toString());
        for (String file : List.of("report.md", "report.html", "report.json")) {
            assertEquals(Files.readString(a.resolve(file)), Files.readString(b.resolve(file)), file);
        }
    }

    @Test
    void writesOnlyTheChosenFormatsIntoOutAndCanAnswerInJson() {
        Path dir = kb.resolve("elsewhere");
        assertEquals(0, run("report", "--format", "html", "--out", dir.toString(), "--json", "--as-of", "2026-03-01"),
                err.toString());
        assertEquals("{\"as_of\":\"2026-03-01\",\"written\":[\"" + dir.resolve("report.html") + "\"]}",
                out.toString().strip());
        assertTrue(Files.exists(dir.resolve("report.html")));
        assertFalse(Files.exists(dir.resolve("report.md")));
    }

    @Test
    void aBadFormatIsBadInput() {
        assertEquals(2, run("report", "--format", "md,pdf"));
        assertEquals("claims report: --format: unknown report format 'pdf': use a comma list of md, html, json",
                err.toString().strip());
        assertFalse(Files.exists(kb.resolve("report")));
    }
}
