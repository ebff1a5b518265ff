package org.claimskb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.claimskb.TestKb;
import org.claimskb.model.Flag;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DerivedStateTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

    @TempDir
    Path dir;

    /** A stand-in for the rules: scores every claim 0.5 and counts how often it runs. */
    private static Analyzer counting(AtomicInteger runs) {
        return (rules, kb, asOf) -> {
            runs.incrementAndGet();
            var scores = new java.util.HashMap<String, ClaimScore>();
            kb.claims().forEach(c -> scores.put(c.id(), new ClaimScore(c.id(), 0, "neutral", List.of(), 0.5, Set.of(Flag.VERIFIABLE))));
            return new Analysis(asOf, scores, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        };
    }

    private long generations() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve(DerivedState.INDEX_DIR))) {
            return s.filter(p -> p.getFileName().toString().startsWith("gen-")).count();
        }
    }

    @Test
    void unchangedInputsReuseTheIndexAndChangesRebuildIt() throws Exception {
        var kb = new TestKb(dir).standard();
        var runs = new AtomicInteger();
        try (var s = DerivedState.open(dir, DAY, counting(runs))) {
            assertEquals(3, s.state().claims());
            assertEquals(0.5, s.search().search(new SearchRequest("racks", null, null, null, null, null, 1)).hits().get(0).credibility());
        }
        try (var s = DerivedState.open(dir, DAY, counting(runs))) {
            assertEquals(1, runs.get(), "unchanged inputs: no analysis run");
        }
        kb.write("baker.yaml", Files.readString(dir.resolve("claims/baker.yaml")).replace("3,000 lb", "3,100 lb"));
        try (var s = DerivedState.open(dir, DAY, counting(runs))) {
            assertEquals(2, runs.get(), "a changed fact file rebuilds");
            assertTrue(s.search().claim("baker-2025/rack-weight").orElseThrow().fields().get("text").toString().contains("3,100"));
        }
        kb.write("rules/extra.drl", "package x;");
        try (var s = DerivedState.open(dir, DAY, counting(runs))) {
            assertEquals(3, runs.get(), "a changed rule file rebuilds");
        }
        try (var s = DerivedState.open(dir, DAY.plusDays(1), counting(runs))) {
            assertEquals(4, runs.get(), "another as-of date is another state");
        }
    }

    @Test
    void failedAnalysisFallsBackToTheLastGoodIndex() throws Exception {
        var kb = new TestKb(dir).standard();
        try (var s = DerivedState.open(dir, DAY, counting(new AtomicInteger()))) {
            assertNull(s.fallbackCause());
        }
        kb.write("rules/broken.drl", "rule oops");
        Analyzer failing = (rules, k, asOf) -> {
            throw new Analyzer.Failed(new IllegalStateException("rules/broken.drl:1: no viable alternative"));
        };
        try (var s = DerivedState.open(dir, DAY, failing)) {
            assertNotNull(s.fallbackCause());
            assertEquals(3, s.state().claims(), "the last good generation still answers");
        }
        assertEquals(1, generations(), "no half-built generation is left in place");
    }

    @Test
    void aBugInTheAnalysisIsNotPassedOffAsFailedRules() throws Exception {
        var kb = new TestKb(dir).standard();
        try (var s = DerivedState.open(dir, DAY, counting(new AtomicInteger()))) {
            assertNull(s.fallbackCause());
        }
        kb.write("rules/extra.drl", "package x;");
        Analyzer buggy = (rules, k, asOf) -> {
            throw new NullPointerException("a bug");
        };
        assertThrows(NullPointerException.class, () -> DerivedState.open(dir, DAY, buggy),
                "only the rules' own failure falls back to the last good index");
    }

    @Test
    void withNoEarlierIndexAFailedAnalysisIsAnError() {
        new TestKb(dir).standard();
        Analyzer failing = (rules, k, asOf) -> {
            throw new Analyzer.Failed(new IllegalStateException("broken"));
        };
        assertThrows(Analyzer.Failed.class, () -> DerivedState.open(dir, DAY, failing));
    }

    @Test
    void leftoversOfAnInterruptedBuildAreIgnored() throws Exception {
        new TestKb(dir).standard();
        Files.createDirectories(dir.resolve(DerivedState.INDEX_DIR).resolve("tmp-crashed/lucene"));
        Files.writeString(dir.resolve(DerivedState.INDEX_DIR).resolve("tmp-crashed/lucene/segments_1"), "garbage");
        try (var s = DerivedState.open(dir, DAY, null)) {
            assertEquals(3, s.state().claims());
            assertNull(s.analysis(), "no analyzer: unscored");
        }
    }

    @Test
    void theNextBuildRemovesAbandonedBuildFoldersButNotOnesStillBeingBuilt() throws Exception {
        new TestKb(dir).standard();
        Path index = Files.createDirectories(dir.resolve(DerivedState.INDEX_DIR));
        Path crashed = Files.createDirectories(index.resolve("tmp-11111111-1111-1111-1111-111111111111"));
        Files.createDirectories(crashed.resolve("lucene"));
        Path dead = Files.createDirectories(index.resolve("tmp-22222222-2222-2222-2222-222222222222"));
        Path deadLock = Files.writeString(index.resolve(dead.getFileName() + ".lock"), "");
        Path running = Files.createDirectories(index.resolve("tmp-33333333-3333-3333-3333-333333333333"));
        Path runningLock = index.resolve(running.getFileName() + ".lock");
        Path young = Files.createDirectories(index.resolve("tmp-44444444-4444-4444-4444-444444444444"));
        Path other = Files.writeString(index.resolve("tmp-someone-elses-file"), "");
        try (var channel = java.nio.channels.FileChannel.open(runningLock,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             var held = channel.lock()) {
            var hourAgo = java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000);
            for (Path p : List.of(crashed, dead, deadLock, running, runningLock, other)) {
                Files.setLastModifiedTime(p, hourAgo);
            }
            try (var s = DerivedState.open(dir, DAY, null)) {
                assertEquals(3, s.state().claims());
            }
            assertFalse(Files.exists(crashed), "a build folder without a lock file is left over");
            assertFalse(Files.exists(dead), "a build folder whose lock nobody holds is left over");
            assertFalse(Files.exists(deadLock));
            assertTrue(Files.isDirectory(running), "a folder whose build holds its lock is kept");
            assertTrue(Files.exists(runningLock));
            assertTrue(Files.isDirectory(young), "a folder younger than a minute is kept");
            assertTrue(Files.exists(other), "another writer's temporary file is not a build's");
        }
    }

    @Test
    void aForcedRebuildIsANewGenerationAndTheOneInUseIsLeftAlone() throws Exception {
        new TestKb(dir).standard();
        var runs = new AtomicInteger();
        try (var first = DerivedState.open(dir, DAY, counting(runs))) {
            try (var rebuilt = DerivedState.rebuild(dir, DAY, counting(runs))) {
                assertEquals(2, runs.get());
                assertNotEquals(0, rebuilt.state().claims());
                // the first is still readable, whole: nothing was replaced under it
                assertEquals(1, first.search().search(new SearchRequest("racks", null, null, null, null, null, 1)).hits().size());
            }
        }
        assertEquals(2, generations());
        try (var again = DerivedState.open(dir, DAY, counting(runs))) {
            assertEquals(2, runs.get(), "the newest generation of the key is reused");
        }
    }

    @Test
    void aFileHashIsRememberedAndAnEditOfTheSameSizeIsStillSeen() throws Exception {
        var kb = new TestKb(dir).standard();
        Path baker = dir.resolve("claims/baker.yaml");
        String first = ContentKey.of(dir, DAY);
        assertTrue(Files.readString(dir.resolve(DerivedState.INDEX_DIR).resolve(ContentKey.HASHES)).contains("claims/baker.yaml"));
        assertEquals(first, ContentKey.of(dir, DAY), "unchanged inputs, unchanged key");
        // the same size, at once (within the racy window): the content is read again
        kb.write("baker.yaml", Files.readString(baker).replace("3,000 lb", "3,100 lb"));
        String edited = ContentKey.of(dir, DAY);
        assertNotEquals(first, edited);
        // an old, remembered file that changes size and time is read again too
        Files.setLastModifiedTime(baker, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
        assertEquals(edited, ContentKey.of(dir, DAY));
        kb.write("baker.yaml", Files.readString(baker).replace("3,100 lb", "3,000 lb"));
        assertEquals(first, ContentKey.of(dir, DAY), "the key is the content's, whatever was remembered");
        Files.writeString(dir.resolve(DerivedState.INDEX_DIR).resolve(ContentKey.HASHES), "garbage\tline\n");
        assertEquals(first, ContentKey.of(dir, DAY), "a damaged memory is ignored");
    }

    @Test
    void keysAreRememberedPerDateAndForgottenWhenAnInputChanges() throws Exception {
        var kb = new TestKb(dir).standard();
        Path baker = dir.resolve("claims/baker.yaml");
        Path hashes = dir.resolve(DerivedState.INDEX_DIR).resolve(ContentKey.HASHES);
        // Files written just now are "racily clean" and hashed on every call (new stamps, no key kept):
        // age them, as a KB at rest is.
        try (var files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 60_000));
            }
        }
        String today = ContentKey.of(dir, DAY);
        String tomorrow = ContentKey.of(dir, DAY.plusDays(1));
        assertNotEquals(today, tomorrow, "the date is part of the key");
        assertEquals(2, Files.readAllLines(hashes).stream().filter(l -> l.startsWith("key\t")).count());
        assertEquals(today, ContentKey.of(dir, DAY), "read back, the same key");
        kb.write("baker.yaml", Files.readString(baker).replace("3,000 lb", "3,100 lb"));
        String edited = ContentKey.of(dir, DAY);
        assertNotEquals(today, edited);
        List<String> keys = Files.readAllLines(hashes).stream().filter(l -> l.startsWith("key\t")).toList();
        assertEquals(1, keys.size(), "an edit forgets the keys of the old inputs: " + keys);
        assertTrue(keys.get(0).endsWith("\t" + edited));
    }

    @Test
    void skippedFilesAreRecordedForTheCommandsToReport() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("broken.yaml", "claims: [");
        try (var s = DerivedState.open(dir, DAY, null)) {
            assertEquals(List.of("claims/broken.yaml"), s.state().skipped().stream().map(f -> f.path()).toList());
            assertEquals(3, s.state().claims());
        }
    }
}
