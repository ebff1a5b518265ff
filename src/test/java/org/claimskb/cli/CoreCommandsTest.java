package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.claimskb.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** search, show, validate and index through the command line, as a user runs them. */
class CoreCommandsTest {
    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void searchJsonIsOneDocumentInTheContractShape() throws Exception {
        new TestKb(dir).standard();
        CliRun run = CliRun.of(dir, "search", "エヌビディア", "--json", "--as-of", "2026-01-01");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = json(run);
        assertEquals("エヌビディア", doc.get("query").asText());
        assertEquals(2, doc.get("total").asInt());
        JsonNode hit = doc.get("hits").get(0);
        for (String field : new String[] {"id", "speaker", "source", "kind", "text", "quote", "credibility", "flags", "score", "highlight"}) {
            assertTrue(hit.has(field), "hit has " + field + ": " + hit);
        }
    }

    @Test
    void multiWordQueriesAndFiltersWork() throws Exception {
        new TestKb(dir).standard();
        CliRun run = CliRun.of(dir, "search", "rack", "weight", "--speaker", "gavin-baker", "--kind", "statistic");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("baker-2025/rack-weight"), run.out());
        assertTrue(run.out().contains("1 of 1 matching claim."), run.out());
    }

    @Test
    void badInputExitsTwoWithOneLineAndNoStackTrace() {
        new TestKb(dir).standard();
        CliRun syntax = CliRun.of(dir, "search", "\"unclosed");
        assertEquals(2, syntax.status());
        assertTrue(syntax.err().startsWith("bad query syntax"), syntax.err());
        CliRun speaker = CliRun.of(dir, "search", "x", "--speaker", "gavin-bakr");
        assertEquals(2, speaker.status());
        assertTrue(speaker.err().contains("did you mean 'gavin-baker'?"), speaker.err());
        CliRun kind = CliRun.of(dir, "search", "x", "--kind", "rumour");
        assertEquals(2, kind.status());
        CliRun flag = CliRun.of(dir, "search", "x", "--flag", "SELF_INTRST");
        assertEquals(2, flag.status());
        assertTrue(flag.err().contains("SELF_INTEREST"), flag.err());
        CliRun option = CliRun.of(dir, "search", "x", "--colour");
        assertEquals(2, option.status());
        CliRun credibility = CliRun.of(dir, "search", "x", "--min-credibility", "7");
        assertEquals(2, credibility.status());
        CliRun date = CliRun.of(dir, "search", "x", "--as-of", "yesterday");
        assertEquals(2, date.status());
        for (CliRun r : new CliRun[] {syntax, speaker, kind, flag, option, credibility, date}) {
            assertFalse(r.err().contains("\tat "), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void showPrintsTheClaimWithItsFactFileFields() throws Exception {
        new TestKb(dir).standard();
        CliRun run = CliRun.of(dir, "show", "baker-2025/rack-weight", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode doc = json(run);
        assertEquals("baker-2025/rack-weight", doc.get("id").asText());
        assertEquals("baker-2025", doc.get("source").asText());
        assertEquals(3000, doc.get("quantity").get("value").asInt());
        assertTrue(doc.has("credibility") && doc.has("flags") && doc.has("prior") && doc.has("explanation"));
        CliRun unknown = CliRun.of(dir, "show", "baker-2025/rack-wieght");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("did you mean 'baker-2025/rack-weight'?"), unknown.err());
    }

    @Test
    void validateReportsEveryProblemAndSearchStillAnswers() {
        var kb = new TestKb(dir).standard();
        kb.write("broken.yaml", "claims: [");
        kb.write("typo.yaml", "entities:\n  - {id: amd, name: AMD, knd: company}\n");
        CliRun validate = CliRun.of(dir, "validate");
        assertEquals(2, validate.status());
        assertTrue(validate.err().contains("claims/broken.yaml:1:"), validate.err());
        assertTrue(validate.err().contains("claims/typo.yaml:2:26: unknown field 'knd' in 'entities[0]' (did you mean 'kind'?)"), validate.err());
        CliRun search = CliRun.of(dir, "search", "rack");
        assertEquals(0, search.status());
        assertTrue(search.out().contains("baker-2025/rack-weight"));
        assertTrue(search.err().contains("skipped claims/broken.yaml"), search.err());
        assertTrue(search.err().contains("skipped claims/typo.yaml"), search.err());
    }

    @Test
    void validateNamedFilesOnlyReportsThoseAndChecksDraftsOutsideTheKb() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("typo.yaml", "entities:\n  - {id: amd, name: AMD, knd: company}\n");
        Path draft = kb.write("drafts/new.yaml", """
                source: {id: new, kind: transcript, date: 2026-02-01, speakers: [gavin-baker]}
                claims:
                  - {id: a, speaker: gavin-baker, kind: opinion, text: New claim.}
                """);
        CliRun run = CliRun.of(dir, "validate", draft.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("ok:"), run.out());
    }

    @Test
    void validateOnACleanKbSaysOk() {
        new TestKb(dir).standard();
        CliRun run = CliRun.of(dir, "validate");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("3 claims"), run.out());
    }

    @Test
    void indexRebuildsOnDemand() {
        new TestKb(dir).standard();
        CliRun run = CliRun.of(dir, "index");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("indexed 3 claims"), run.out());
    }

    @Test
    void aMissingKbIsABadInput() {
        CliRun run = CliRun.of(dir.resolve("nowhere"), "search", "x");
        assertEquals(2, run.status());
        assertTrue(run.err().contains("no such directory"), run.err());
    }

    @Test
    void showTakesALocalIdWhenOneSourceHasItAndSaysWhichWhenSeveralDo() throws Exception {
        var kb = new TestKb(dir).standard();
        CliRun one = CliRun.of(dir, "show", "rack-weight");
        assertEquals(0, one.status(), one.err());
        assertTrue(one.out().startsWith("baker-2025/rack-weight"), one.out());
        kb.write("other.yaml", """
                source: {id: other-2025, kind: transcript, date: 2025-02-01, speakers: [gavin-baker]}
                claims:
                  - {id: rack-weight, speaker: gavin-baker, kind: opinion, text: "Racks are heavy."}
                """);
        CliRun two = CliRun.of(dir, "show", "rack-weight");
        assertEquals(2, two.status(), two.out());
        assertTrue(two.err().contains("claim id 'rack-weight' is in several sources: baker-2025/rack-weight, "
                + "other-2025/rack-weight; give the full id"), two.err());
        CliRun none = CliRun.of(dir, "show", "rack-wieght");
        assertEquals(2, none.status());
        assertTrue(none.err().contains("unknown claim 'rack-wieght'"), none.err());
    }
}
