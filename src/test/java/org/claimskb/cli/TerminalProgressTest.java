package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** What a person at a terminal is told during a rebuild, and that a quick one stays one line. */
class TerminalProgressTest {

    @Test
    void aQuickRebuildIsOneLineBeforeThePause() {
        var text = new StringWriter();
        var progress = new TerminalProgress(new PrintWriter(text));
        progress.started(false);
        progress.loaded(5, 324, 200);
        progress.scored(300);
        progress.finished(900);
        var lines = text.toString().lines().toList();
        assertEquals(1, lines.size(), text.toString());
        assertTrue(lines.get(0).contains("re-indexing"), lines.get(0));
    }

    @Test
    void aSlowRebuildSaysWhatEachStageIsAndHowLongItTook() {
        var text = new StringWriter();
        var progress = new TerminalProgress(new PrintWriter(text));
        progress.started(true);
        progress.loaded(5000, 1_000_000, 52_600);
        progress.scored(14_000);
        progress.finished(80_000);
        String all = text.toString();
        assertTrue(all.contains("read 1000000 claims from 5000 sources in 53 s; scoring them with the rules"), all);
        assertTrue(all.contains("scored in 14 s; writing the search index"), all);
        assertTrue(all.contains("re-indexed in 80 s"), all);
    }

    @Test
    void aSlowStageDrawsABarWithItsStageCountAndUnitUntilItEnds() throws Exception {
        var text = new StringWriter();
        var progress = new TerminalProgress(new PrintWriter(text), 50, 100);
        try (var steps = progress.begin(org.claimskb.index.BuildProgress.Stage.INDEXING, 40)) {
            for (int i = 0; i < 40; i++) {
                steps.step();
                Thread.sleep(5);
            }
        }
        String all = text.toString();
        assertTrue(all.contains("indexing claims"), all);
        assertTrue(all.contains("40/40 claims"), all);
        assertTrue(all.contains("\r"), "drawn over itself on one line: " + all);
        assertTrue(all.endsWith(System.lineSeparator()), "ended with a newline: " + all);
        for (String line : all.split("[\r\n]+")) {
            assertTrue(line.length() < 100, "fits the width: " + line);
        }
    }

    @Test
    void aQuickStageDrawsNothing() {
        var text = new StringWriter();
        var progress = new TerminalProgress(new PrintWriter(text), 60_000, 100);
        try (var steps = progress.begin(org.claimskb.index.BuildProgress.Stage.READING, 3)) {
            steps.step();
            steps.step();
            steps.step();
        }
        assertEquals("", text.toString());
    }

    @Test
    void commandsRunOutsideATerminalSayNothingAboutIndexing(@org.junit.jupiter.api.io.TempDir java.nio.file.Path kb)
            throws Exception {
        java.nio.file.Files.createDirectories(kb.resolve("claims"));
        java.nio.file.Files.createDirectories(kb.resolve("rules"));
        CliRun run = CliRun.of(kb, "search", "anything");
        assertTrue(!run.err().contains("re-indexing"), run.err());
    }
}
