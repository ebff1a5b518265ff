package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.claimskb.TestKb;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a user makes, answered in plain words (cli.md v2), and {@code validate --json}. */
class PlainErrorsTest {
    @TempDir
    Path dir;

    /** Java class names, exception names, parser token names and lexical states never reach the user. */
    private static final Pattern INTERNALS = Pattern.compile(
            "java\\.|Exception|class |lexical state|Encountered|<EOF>|\\bint\\b|\\bdouble\\b|\\tat ");

    private CliRun plainMistake(String... args) {
        CliRun run = CliRun.of(dir, args);
        assertEquals(2, run.status(), String.join(" ", args) + ": " + run.err());
        assertEquals("", run.out());
        assertFalse(INTERNALS.matcher(run.err()).find(), "plain words: " + run.err());
        return run;
    }

    @Test
    void badDatesAndNumbersSayWhatWasExpected() {
        new TestKb(dir).standard();
        assertTrue(plainMistake("search", "rack", "--as-of", "notadate").err()
                .contains("expected a date like 2026-12-01 (year-month-day), found 'notadate'"));
        assertTrue(plainMistake("speakers", "--as-of", "2026-13-01").err().contains("is not a day of the calendar"));
        assertTrue(plainMistake("search", "rack", "--limit", "ten").err()
                .contains("expected a whole number like 20, found 'ten'"));
        assertTrue(plainMistake("search", "rack", "--min-credibility", "high").err()
                .contains("expected a number like 0.5, found 'high'"));
        assertTrue(plainMistake("search", "rack", "--min-credibility", "7").err()
                .contains("--min-credibility must be between 0 and 1, found 7"));
        assertTrue(plainMistake("search", "rack", "--limit", "0").err().contains("--limit must be at least 1"));
    }

    @Test
    void querySyntaxErrorsPointAtTheCharacter() {
        new TestKb(dir).standard();
        assertTrue(plainMistake("search", "\"unclosed").err().contains("the quote at character 1 is never closed"));
        assertTrue(plainMistake("search", "rack AND").err().contains("'AND' at character 6 needs a word after it"));
        assertTrue(plainMistake("search", "AND rack").err().contains("'AND' at character 1 needs a word before it"));
        assertTrue(plainMistake("search", "(rack weight").err().contains("the '(' at character 1 is never closed"));
        assertTrue(plainMistake("search", "rack)").err().contains("')' at character 5 closes nothing"));
        assertTrue(plainMistake("search", "*ack").err().contains("a word cannot start with * or ?"));
        assertTrue(plainMistake("search", "a:b:c").err().contains("character 4 (':')"));
        for (String q : new String[] {"\"unclosed", "rack AND", "a:b:c"}) {
            String err = CliRun.of(dir, "search", q).err();
            assertTrue(err.startsWith("bad query syntax in '" + q + "': "), err);
            assertEquals(1, err.strip().lines().count(), "one line: " + err);
        }
    }

    @Test
    void validateJsonListsEveryProblemWithItsPosition() throws Exception {
        var kb = new TestKb(dir).standard();
        CliRun clean = CliRun.of(dir, "validate", "--json");
        assertEquals(0, clean.status(), clean.err());
        JsonNode ok = new ObjectMapper().readTree(clean.out());
        assertTrue(ok.get("ok").asBoolean());
        assertEquals(3, ok.get("claims").asInt());
        assertTrue(ok.get("files").asInt() >= 1, clean.out());
        assertEquals(0, ok.get("problems").size());

        kb.write("typo.yaml", "entities:\n  - {id: amd, name: AMD, knd: company}\n");
        CliRun bad = CliRun.of(dir, "validate", "--json");
        assertEquals(2, bad.status(), bad.err());
        JsonNode doc = new ObjectMapper().readTree(bad.out());
        assertFalse(doc.get("ok").asBoolean());
        JsonNode problem = doc.get("problems").get(0);
        assertEquals("claims/typo.yaml", problem.get("path").asText());
        assertEquals(2, problem.get("line").asInt());
        assertEquals(26, problem.get("column").asInt());
        assertEquals("unknown field 'knd' in 'entities[0]' (did you mean 'kind'?)", problem.get("message").asText());
    }

    @Test
    void helpSummariesAreWholeSentences() {
        var out = new java.io.StringWriter();
        int status = ClaimsCommand.run(new String[] {"--help"}, new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()));
        assertEquals(0, status);
        String help = out.toString();
        assertTrue(help.contains("add             Turn a transcript into a draft fact file, claims/<id>.yaml,"), help);
        assertTrue(help.replaceAll("\\s+", " ").contains("to review before it counts."), help);
        assertFalse(help.contains("report.\n"), help);
    }

    /** The command line builds only the subcommand it names; every other way in still sees them all. */
    @Test
    void everySubcommandIsReachableHoweverTheCommandLineNamesIt() {
        java.util.function.Function<String[], String[]> run = args -> {
            var out = new java.io.StringWriter();
            var err = new java.io.StringWriter();
            int status = ClaimsCommand.run(args, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
            return new String[] {String.valueOf(status), out.toString(), err.toString()};
        };
        String[] help = run.apply(new String[] {"help"});
        assertEquals("0", help[0], help[2]);
        for (String name : List.of("search", "show", "validate", "index", "report", "contradictions", "verdict",
                "speakers", "add", "due", "resolve", "serve", "completion")) {
            assertTrue(help[1].contains("\n  " + name + " "), name + " missing from: " + help[1]);
            String[] own = run.apply(new String[] {"--kb", "/nonexistent", name, "--help"});
            assertEquals("0", own[0], name + ": " + own[2]);
            assertTrue(own[1].startsWith("Usage: claims " + name), own[1]);
        }
        String[] helpSearch = run.apply(new String[] {"help", "search"});
        assertTrue(helpSearch[1].startsWith("Usage: claims search"), helpSearch[1]);
        String[] typo = run.apply(new String[] {"serch", "TPU"});
        assertEquals("2", typo[0]);
        assertTrue(typo[2].contains("Did you mean: claims search"), typo[2]);
        String[] script = run.apply(new String[] {"completion"});
        assertEquals("0", script[0], script[2]);
        assertTrue(script[1].contains("contradictions") && script[1].contains("resolve"), "completion lists all commands");
    }
}
