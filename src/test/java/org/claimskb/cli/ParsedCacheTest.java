package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimskb.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build keeps each sound fact file's parsed items by content (.claims-index/parsed/): a
 * rebuild reads unchanged files from there, parses only changed ones, and answers exactly as a
 * build from scratch, whatever state the kept entries are in.
 */
class ParsedCacheTest {
    @TempDir
    Path dir;

    @Test
    void aRebuildAnswersAsABuildFromScratchAndKeepsOneEntryPerSoundFile() throws Exception {
        var kb = new TestKb(dir).standard();
        CliRun first = CliRun.of(dir, "search", "*", "--json");
        assertEquals(0, first.status(), first.err());
        assertEquals(5, entries().size(), "one entry per fact file: " + entries());

        // One file changes: its new text is found, the old one is gone, the other entries stay.
        Path baker = dir.resolve("claims/baker.yaml");
        List<Path> before = entries();
        kb.write("baker.yaml", Files.readString(baker).replace("about 3,000 lb", "about 3,100 lb"));
        CliRun edited = CliRun.of(dir, "search", "3,100", "--json");
        assertTrue(edited.out().contains("rack-weight"), edited.out());
        assertEquals(5, entries().size(), "the old entry of the edited file is swept: " + entries());
        assertEquals(4, entries().stream().filter(before::contains).count());

        // A fresh build of the same files (no cache) says the same.
        String cached = CliRun.of(dir, "search", "*", "--json").out();
        deleteTree(dir.resolve(".claims-index"));
        String scratch = CliRun.of(dir, "search", "*", "--json").out();
        assertEquals(scratch, cached);
    }

    @Test
    void aReportReadsTheKbThroughTheEntriesAndLeavesTheCleaningToBuilds() throws Exception {
        new TestKb(dir).standard().withShippedRules();
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of(dir, "index").status());
        deleteTree(dir.resolve(".claims-index/parsed"));
        String scratch = reportOf(out);
        assertEquals(5, entries().size(), "the report's load went through the cache: " + entries());
        // Entries the report's load does not use (another build's, say) are not the report's to remove.
        Path foreign = dir.resolve(".claims-index/parsed/" + "0".repeat(64) + ".bin");
        Files.writeString(foreign, "another build's entry");
        List<Path> kept = entries();
        // A damaged entry for a file the report reads costs a parse, not a wrong report.
        Files.write(kept.stream().filter(p -> !p.equals(foreign)).findFirst().orElseThrow(), new byte[] {1, 2, 3});
        assertEquals(scratch, reportOf(out));
        assertTrue(Files.exists(foreign), "a reader never sweeps");
        Files.writeString(dir.resolve("claims/baker.yaml"), Files.readString(dir.resolve("claims/baker.yaml")) + "\n");
        assertEquals(0, CliRun.of(dir, "index").status());
        assertFalse(Files.exists(foreign), "the next build does");
    }

    private String reportOf(Path out) throws IOException {
        CliRun run = CliRun.of(dir, "report", "--format", "json", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        return Files.readString(out.resolve("report.json"));
    }

    @Test
    void anotherProcessOfTheSameCodeReusesTheEntries() throws Exception {
        new TestKb(dir).standard();
        assertEquals(0, inAnotherJvm("index"));
        List<Path> first = entries();
        var written = new java.util.HashMap<Path, Object>();
        for (Path p : first) written.put(p, Files.getLastModifiedTime(p));
        Thread.sleep(20);
        assertEquals(0, inAnotherJvm("index"));
        assertEquals(first, entries(), "the same entries");
        for (Path p : first) assertEquals(written.get(p), Files.getLastModifiedTime(p), "not written again: " + p);
    }

    private int inAnotherJvm(String... args) throws Exception {
        var command = new java.util.ArrayList<String>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), ClaimsCommand.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--kb", dir.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor();
    }

    @Test
    void damagedEntriesCostAParseNeverAWrongAnswer() throws Exception {
        new TestKb(dir).standard();
        String scratch = CliRun.of(dir, "show", "baker-2025/rack-weight", "--json").out();
        int k = 0;
        for (Path entry : entries()) {
            switch (k++ % 3) {
                case 0 -> Files.writeString(entry, "not an entry");
                case 1 -> Files.write(entry, java.util.Arrays.copyOf(Files.readAllBytes(entry), 40));
                default -> {
                    byte[] b = Files.readAllBytes(entry);
                    b[b.length / 2] ^= 0x5a;
                    Files.write(entry, b);
                }
            }
        }
        CliRun again = CliRun.of(dir, "index");
        assertEquals(0, again.status(), again.err());
        assertEquals(scratch, CliRun.of(dir, "show", "baker-2025/rack-weight", "--json").out());
    }

    @Test
    void aFileWithAProblemIsNotKeptAndIsReportedOnEveryBuild() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("bad.yaml", """
                source:
                  id: bad-src
                  kind: transcript
                  date: 2025-01-01
                  speakers: [gavin-baker]
                claims:
                  - id: one
                    speaker: gavin-baker
                    kind: opinion
                    text: A sound claim.
                  - id: two
                    speaker: nobody
                    kind: opinion
                    text: A claim by someone the source does not list.
                """);
        for (int build = 0; build < 2; build++) {
            CliRun validate = CliRun.of(dir, "index");
            assertTrue(validate.err().contains("bad.yaml"), "build " + build + ": " + validate.err());
            assertEquals(5, entries().size(), "the five sound files only: " + entries());
        }
        assertFalse(CliRun.of(dir, "show", "bad-src/one", "--json").out().isEmpty());
    }

    private List<Path> entries() throws IOException {
        Path parsed = dir.resolve(".claims-index/parsed");
        if (!Files.isDirectory(parsed)) return List.of();
        try (Stream<Path> s = Files.list(parsed)) {
            return s.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
