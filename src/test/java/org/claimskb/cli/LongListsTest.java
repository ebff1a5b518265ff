package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimskb.TestKb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report over more than it can list (docs/contracts.md, "Long lists in the report"): the
 * Markdown and HTML print the first hundred of a list and say how many more there are and which
 * command lists them; the JSON keeps every item; the disagreement network draws the thirty
 * speakers in the most disagreements and says how many there are.
 */
class LongListsTest {
    @TempDir
    Path dir;

    private static final int SPEAKERS = 120;
    private static final int PROPOSITIONS = 105;
    private static final int PREDICTIONS = 105;

    @BeforeEach
    void kb() throws Exception {
        var kb = new TestKb(dir);
        var speakers = new StringBuilder("speakers:\n");
        for (int i = 0; i < SPEAKERS; i++) {
            speakers.append("  - {id: sp-").append(i).append(", name: Analyst ").append(i).append(", regime: unknown}\n");
        }
        kb.write("speakers.yaml", speakers.toString());
        var propositions = new StringBuilder("propositions:\n  - {id: racks-get-heavier, statement: Racks keep getting heavier.}\n");
        for (int p = 0; p < PROPOSITIONS; p++) {
            propositions.append("  - {id: thesis-").append(p).append(", statement: Thesis number ").append(p).append(" holds.}\n");
        }
        kb.write("propositions.yaml", propositions.toString());
        var claims = new StringBuilder("""
                source: {id: panel, kind: transcript, date: 2025-03-01, speakers: [%s]}
                claims:
                """.formatted(String.join(", ", java.util.stream.IntStream.range(0, SPEAKERS).mapToObj(i -> "sp-" + i).toList())));
        for (int i = 0; i < SPEAKERS; i++) {
            claims.append("  - {id: view-").append(i).append(", speaker: sp-").append(i)
                    .append(", kind: opinion, text: \"Racks will ").append(i % 2 == 0 ? "" : "not ")
                    .append("keep getting heavier.\", stance: {proposition: racks-get-heavier, position: ")
                    .append(i % 2 == 0 ? "for" : "against").append("}}\n");
        }
        for (int p = 0; p < PROPOSITIONS; p++) {
            for (int k = 0; k < 4; k++) {
                claims.append("  - {id: thesis-").append(p).append("-").append(k).append(", speaker: sp-").append((p + 7 * k) % SPEAKERS)
                        .append(", kind: analysis, text: \"Thesis ").append(p).append(" holds, reason ").append(k)
                        .append(".\", stance: {proposition: thesis-").append(p).append(", position: for}}\n");
            }
        }
        for (int i = 0; i < PREDICTIONS; i++) {
            claims.append("  - {id: forecast-").append(i).append(", speaker: sp-").append(i % SPEAKERS)
                    .append(", kind: prediction, text: \"Rack number ").append(i).append(" ships by mid-2026.\", due: 2026-")
                    .append(String.format("%02d", 1 + i % 6)).append("-15}\n");
        }
        kb.write("panel.yaml", claims.toString());
        kb.withShippedRules();
    }

    @Test
    void theReportListsAHundredSaysHowManyMoreAndTheJsonKeepsEvery() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of(dir, "report", "--format", "md,html,json", "--out", out.toString(), "--as-of", "2026-12-01");
        assertEquals(0, run.status(), run.err());
        String md = Files.readString(out.resolve("report.md"));
        String due = md.substring(md.indexOf("### Past due, no recorded outcome"), md.indexOf("### Pending"));
        assertEquals(100, due.lines().filter(l -> l.startsWith("| 2026-")).count(), due);
        assertTrue(due.contains("Listed here: 100 of 105 predictions; `claims due` and `report.json` list every one."), due);

        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Listed here: 100 of 105 predictions; <code>claims due</code> and"), "html names the command");
        assertTrue(html.contains("among 120 speakers (drawn: the 30 in the most)"), "the network says what it leaves out");
        assertTrue(md.contains("Listed here: 100 of 120 speakers (in grade order); `claims speakers` and"), "speakers");
        assertEquals(100, html.split("<article class=\"card\"", -1).length - 1, "a hundred report cards");
        assertTrue(html.contains("Listed here: 100 of 120 speakers"), "html speakers");
        assertTrue(md.contains("Listed here: 100 of 10"), "verdicts: " + md.lines().filter(l -> l.contains("verdicts")).toList());
        assertEquals(100, html.split("<article class=\"verdict\"", -1).length - 1, "a hundred verdict sections");
        assertFalse(md.contains("Listed here: 1 of"), "the one disagreement is listed whole");

        var json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(PREDICTIONS, json.get("predictions").get("due").size(), "report.json keeps every item");
        assertEquals(PREDICTIONS, new ObjectMapper().readTree(CliRun.of(dir, "due", "--json", "--as-of", "2026-12-01").out())
                .get("due").size(), "and claims due lists them all");
    }
}
