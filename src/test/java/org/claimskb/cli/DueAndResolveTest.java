package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimskb.TestKb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claims due and claims resolve (cli.md v2) through the command line. */
class DueAndResolveTest {
    @TempDir
    Path dir;

    private static final String ID = "huang-2026/training-demand";

    @BeforeEach
    void kb() throws Exception {
        new TestKb(dir).standard().withShippedRules();
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(0, run.status(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void aPredictionPastItsDueDateIsDueUntilResolved() throws Exception {
        JsonNode before = json(CliRun.of(dir, "due", "--json", "--as-of", "2027-11-15"));
        assertEquals(0, before.get("due").size());
        assertEquals(ID, before.get("upcoming").get(0).get("id").asText(), "due within 90 days");
        JsonNode late = json(CliRun.of(dir, "due", "--json", "--as-of", "2028-01-10"));
        assertEquals(ID, late.get("due").get(0).get("id").asText());
        assertEquals(10, late.get("due").get(0).get("days_overdue").asInt());
        assertEquals("jensen-huang", late.get("due").get(0).get("speaker").asText());
        JsonNode cards = json(CliRun.of(dir, "speakers", "--json", "--as-of", "2028-01-10"));
        assertEquals(1, cards.findValues("due").stream().mapToInt(JsonNode::asInt).sum(), "the same definition of due");

        CliRun resolve = CliRun.of(dir, "resolve", ID, "--outcome", "true", "--date", "2028-01-05",
                "--evidence", "https://example.org/demand");
        assertEquals(0, resolve.status(), resolve.err());
        String file = Files.readString(dir.resolve("claims/resolutions.yaml"));
        assertTrue(file.contains("claim: " + ID) && file.contains("outcome: true") && file.contains("date: 2028-01-05"), file);
        assertEquals(0, CliRun.of(dir, "validate").status());
        assertEquals(0, json(CliRun.of(dir, "due", "--json", "--as-of", "2028-01-10")).get("due").size());
        JsonNode after = json(CliRun.of(dir, "speakers", "--json", "--as-of", "2028-01-10"));
        assertEquals(1, after.findValues("true").stream().mapToInt(JsonNode::asInt).sum(), "the track record shows it");
        JsonNode show = json(CliRun.of(dir, "show", ID, "--json", "--as-of", "2028-01-10"));
        assertTrue(show.get("flags").toString().contains("PREDICTION_TRUE"), show.toString());
    }

    @Test
    void aSecondResolutionNeedsForceAndReplacesTheFirst() throws Exception {
        Files.writeString(dir.resolve("claims/resolutions.yaml"), "# kept as written\nresolutions:\n");
        assertEquals(0, CliRun.of(dir, "resolve", ID, "--outcome", "false", "--date", "2028-01-02").status());
        CliRun again = CliRun.of(dir, "resolve", ID, "--outcome", "partly", "--date", "2028-02-01");
        assertEquals(2, again.status());
        assertTrue(again.err().contains("already resolved") && again.err().contains("--force"), again.err());
        assertTrue(Files.readString(dir.resolve("claims/resolutions.yaml")).contains("outcome: false"), "unchanged");
        CliRun forced = CliRun.of(dir, "resolve", ID, "--outcome", "partly", "--date", "2028-02-01", "--force");
        assertEquals(0, forced.status(), forced.err());
        String file = Files.readString(dir.resolve("claims/resolutions.yaml"));
        assertTrue(file.startsWith("# kept as written\nresolutions:\n"), file);
        assertFalse(file.contains("outcome: false"), file);
        assertEquals(1, file.split("claim: ").length - 1, file);
    }

    @Test
    void mistakesAreOneLineAndExitTwo() {
        for (String[] args : new String[][] {
                {"resolve", ID, "--outcome", "maybe", "--date", "2028-01-01"},
                {"resolve", ID, "--outcome", "true", "--date", "2028-13-01"},
                {"resolve", ID, "--outcome", "true", "--date", "2028-01-01", "--evidence", "javascript:alert(1)"},
                {"resolve", "huang-2026/training-demnd", "--outcome", "true", "--date", "2028-01-01"},
                {"resolve", "baker-2025/rack-weight", "--outcome", "true", "--date", "2028-01-01"}}) {
            CliRun run = CliRun.of(dir, args);
            assertEquals(2, run.status(), String.join(" ", args) + ": " + run.err());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), run.err());
        }
        assertTrue(CliRun.of(dir, "resolve", "huang-2026/training-demnd", "--outcome", "true", "--date", "2028-01-01")
                .err().contains("did you mean 'huang-2026/training-demand'?"));
        assertFalse(Files.exists(dir.resolve("claims/resolutions.yaml")), "nothing written on a mistake");
    }
}
