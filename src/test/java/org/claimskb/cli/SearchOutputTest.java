package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimskb.files.Json;
import org.junit.jupiter.api.Test;

/** {@code claims search} output on the shipped KB: highlighting, CJK queries, --sort and --color. */
class SearchOutputTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final String AS_OF = "2026-12-01";

    private static CliRun search(String... args) {
        var all = new ArrayList<>(List.of("search", "--as-of", AS_OF));
        all.addAll(List.of(args));
        return CliRun.of(REPO, all.toArray(String[]::new));
    }

    @Test
    void pipedOutputIsPlainTextWithoutMarks() {
        CliRun run = search("TPU", "--limit", "3");
        assertEquals(0, run.status(), run.err());
        assertFalse(run.out().contains("**"), run.out());
        assertFalse(run.out().contains("\u001b["), run.out());
        assertTrue(run.out().contains("TPU"), run.out());
    }

    @Test
    void colorAlwaysMarksMatchesInBold() {
        CliRun run = search("TPU", "--limit", "3", "--color", "always");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("\u001b[1mTPU\u001b[22m"), run.out());
        assertFalse(run.out().contains("**"), run.out());
    }

    @Test
    void aCjkQueryKeepsTheEnglishTextAndShowsTheMatchedQuoteBeneath() {
        CliRun run = search("機架重量", "--limit", "1", "--color", "always");
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[1].strip().matches("[A-Za-z].*"), "the English text: " + lines[1]);
        assertTrue(lines[2].contains("\u001b[1m機架重量\u001b[22m"), "one bold run in the quote: " + lines[2]);
    }

    @Test
    void jsonKeepsItsDocumentedHighlight() throws Exception {
        CliRun run = search("英偉達", "--json", "--limit", "5");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = Json.mapper().readTree(run.out());
        boolean merged = false;
        for (JsonNode hit : doc.get("hits")) {
            String h = hit.path("highlight").asText("");
            assertFalse(h.contains("****"), h);
            merged |= h.contains("**英偉達**");
            assertFalse(hit.has("textHighlight") || hit.has("quoteHighlight"), hit.toString());
        }
        assertTrue(merged, run.out());
    }

    @Test
    void sortByCredibilityPutsTheMostCredibleFirst() throws Exception {
        JsonNode hits = Json.mapper().readTree(search("NVIDIA", "--json", "--sort", "credibility").out()).get("hits");
        for (int i = 1; i < hits.size(); i++) {
            assertTrue(hits.get(i - 1).get("credibility").asDouble() >= hits.get(i).get("credibility").asDouble(), hits.toString());
        }
    }

    @Test
    void sortByDatePutsTheNewestSourceFirst() throws Exception {
        JsonNode hits = Json.mapper().readTree(search("NVIDIA", "--json", "--sort", "date", "--limit", "1000").out()).get("hits");
        assertEquals("zvi-on-huang-dwarkesh-2026", hits.get(0).get("source").asText());
        assertEquals("patel-bg2-2024", hits.get(hits.size() - 1).get("source").asText());
    }

    @Test
    void aBadSortOrColorIsOnePlainLine() {
        for (String[] bad : List.of(new String[] {"--sort", "newest"}, new String[] {"--color", "sometimes"})) {
            CliRun run = search("TPU", bad[0], bad[1]);
            assertEquals(2, run.status(), run.out());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().contains(bad[1]) && !run.err().contains("Exception"), run.err());
        }
    }
}
