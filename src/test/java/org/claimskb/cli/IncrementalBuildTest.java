package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.claimskb.index.BuildProgress;
import org.claimskb.index.DerivedState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rebuild after an edit writes its index as an update of the previous generation's: only the
 * documents of claims whose text, score or groups changed are written again, those of claims
 * that are gone are removed, and every answer is the one a build from scratch of the same files
 * gives. On the shipped KB with the shipped rules.
 */
class IncrementalBuildTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final String EXTRA = """
            source:
              id: extra-2026
              kind: transcript
              date: 2026-02-01
              speakers: [gavin-baker]
            claims:
              - id: one
                speaker: gavin-baker
                kind: opinion
                text: Liquid cooling will be in every new data hall.
              - id: two
                speaker: gavin-baker
                kind: opinion
                text: Optical interconnects will replace copper inside the rack.
            """;

    @TempDir
    Path edited;
    @TempDir
    Path scratch;

    /** What a build said about its index: null until an update is reported. */
    private static final class Recorder implements BuildProgress {
        int[] update;

        @Override
        public void updated(int rewritten, int deleted, int claims) {
            update = new int[] {rewritten, deleted, claims};
        }
    }

    @Test
    void anEditRewritesOnlyWhatChangedAndAnswersAsABuildFromScratch() throws Exception {
        copyShipped(edited);
        Files.writeString(edited.resolve("claims/extra-2026.yaml"), EXTRA);
        var first = new Recorder();
        int claims;
        try (var state = DerivedState.open(edited, DAY, Session.analyzer(), first)) {
            claims = state.search().claimIds().size();
        }
        assertNull(first.update, "nothing to update: the first build writes every document");

        // One claim's words change and a fact file of two claims goes.
        Path file = edited.resolve("claims/baker-iltb-2025.yaml");
        String yaml = Files.readString(file);
        String words = "pre-training scaling laws still hold";
        assertTrue(yaml.contains(words));
        Files.writeString(file, yaml.replace(words, "pre-training scaling laws still hold for liquid-cooled racks"));
        Files.delete(edited.resolve("claims/extra-2026.yaml"));
        var second = new Recorder();
        try (var state = DerivedState.open(edited, DAY, Session.analyzer(), second)) {
            assertEquals(claims - 2, state.search().claimIds().size());
        }
        assertNotNull(second.update, "the second build updates the first one's index");
        assertEquals(2, second.update[1], "the removed file's two claims are deleted");
        assertEquals(claims - 2, second.update[2]);
        assertTrue(second.update[0] >= 1 && second.update[0] < (claims - 2) / 4,
                "the edited claim (and what its edit moved) rewritten, not the KB: " + second.update[0]);

        copyShipped(scratch);
        Files.writeString(scratch.resolve("claims/baker-iltb-2025.yaml"), Files.readString(file));
        assertSameAnswers(edited, scratch);
    }

    @Test
    void anEarlierIndexThatCannotBeReadMeansABuildFromScratch() throws Exception {
        copyShipped(edited);
        try (var state = DerivedState.open(edited, DAY, Session.analyzer())) {
            assertFalse(state.search().claimIds().isEmpty());
        }
        // The only generation loses its commit: nothing to update from.
        try (Stream<Path> gens = Files.list(edited.resolve(".claims-index"))) {
            for (Path gen : gens.filter(p -> p.getFileName().toString().startsWith("gen-")).toList()) {
                try (Stream<Path> files = Files.list(gen.resolve("lucene"))) {
                    for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
        Path file = edited.resolve("claims/baker-iltb-2025.yaml");
        Files.writeString(file, Files.readString(file).replace("scaling laws still hold", "scaling laws hold"));
        var rebuilt = new Recorder();
        try (var state = DerivedState.open(edited, DAY, Session.analyzer(), rebuilt)) {
            assertFalse(state.search().claimIds().isEmpty());
        }
        assertNull(rebuilt.update, "no update of an index without a commit");
        copyShipped(scratch);
        Files.writeString(scratch.resolve("claims/baker-iltb-2025.yaml"), Files.readString(file));
        assertSameAnswers(edited, scratch);
    }

    @Test
    void changedEntitiesMeanABuildFromScratchWithoutTryingAnUpdate() throws Exception {
        copyShipped(edited);
        try (var state = DerivedState.open(edited, DAY, Session.analyzer())) {
            assertFalse(state.search().claimIds().isEmpty());
        }
        // A new alias changes what every document's entity fields may hold.
        Path entities = edited.resolve("claims/entities.yaml");
        String yaml = Files.readString(entities);
        String alibaba = "aliases: [Alibaba Group,";
        assertTrue(yaml.contains(alibaba));
        Files.writeString(entities, yaml.replace(alibaba, "aliases: [Alibaba Group, Tmall Genie,"));
        var rebuilt = new Recorder();
        try (var state = DerivedState.open(edited, DAY, Session.analyzer(), rebuilt)) {
            assertFalse(state.search().claimIds().isEmpty());
        }
        assertNull(rebuilt.update, "an index written with other entities is not updated");
        copyShipped(scratch);
        Files.writeString(scratch.resolve("claims/entities.yaml"), Files.readString(entities));
        assertSameAnswers(edited, scratch);
    }

    /** Every claim, score and group, and the commands' output for a few searches, are the same in both KBs. */
    private static void assertSameAnswers(Path a, Path b) throws Exception {
        try (var x = DerivedState.open(a, DAY, Session.analyzer());
             var y = DerivedState.open(b, DAY, Session.analyzer())) {
            List<String> ids = x.search().claimIds();
            assertEquals(y.search().claimIds(), ids);
            for (String id : ids) {
                assertEquals(y.search().claim(id), x.search().claim(id), id);
                assertEquals(y.disagreementsOf(id), x.disagreementsOf(id), id);
            }
        }
        for (String query : List.of("*", "scaling laws", "liquid cooling", "ラック", "訓練成本", "tpu OR gpu")) {
            CliRun left = CliRun.of(a, "search", query, "--json", "--limit", "50", "--as-of", DAY.toString());
            CliRun right = CliRun.of(b, "search", query, "--json", "--limit", "50", "--as-of", DAY.toString());
            assertEquals(0, left.status(), left.err());
            assertEquals(right.out(), left.out(), query);
        }
        CliRun left = CliRun.of(a, "contradictions", "--json", "--as-of", DAY.toString());
        assertEquals(CliRun.of(b, "contradictions", "--json", "--as-of", DAY.toString()).out(), left.out());
    }

    private static void copyShipped(Path to) throws Exception {
        for (String part : List.of("claims", "rules")) {
            Path from = Path.of(part);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path target = to.resolve(part).resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }
}
