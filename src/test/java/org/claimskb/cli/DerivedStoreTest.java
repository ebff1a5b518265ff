package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.claimskb.index.DerivedState;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.Disagreement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generation's analysis is stored in parts (scores in the index, disagreement groups one per
 * line, the rest per kind): what a command reads part by part must be what the whole analysis says.
 * On the shipped KB, scored by the shipped rules.
 */
class DerivedStoreTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dir;

    @Test
    void everyPartReadAloneEqualsTheWholeAnalysis() throws Exception {
        copy(Path.of("claims"), dir.resolve("claims"));
        copy(Path.of("rules"), dir.resolve("rules"));
        try (DerivedState parts = DerivedState.open(dir, DAY, Session.analyzer());
             DerivedState whole = DerivedState.open(dir, DAY, Session.analyzer())) {
            Analysis all = whole.analysis();
            assertEquals(all.verdicts(), parts.verdicts());
            assertEquals(all.reportCards(), parts.reportCards());
            assertEquals(all.revisions(), parts.revisions());
            assertEquals(all.selfContradictions(), parts.selfContradictions());
            assertEquals(all.disagreements(), parts.disagreements(null));
            assertFalse(all.disagreements().isEmpty(), "the shipped KB has disagreements");
            int withGroups = 0;
            List<String> ids = parts.search().claimIds();
            assertEquals(ids.size(), all.scores().size());
            for (String id : ids) {
                List<Disagreement> mine = parts.disagreementsOf(id);
                assertEquals(all.disagreementsOf(id), mine, id);
                withGroups += mine.isEmpty() ? 0 : 1;
                assertEquals(parts.search().claim(id).orElseThrow().score(), all.scores().get(id), id);
            }
            assertTrue(withGroups > 10, "claims in groups: " + withGroups);
            for (var card : all.reportCards()) {
                String s = card.id();
                assertEquals(all.disagreements().stream().filter(d -> d.speakers().contains(s)).toList(),
                        parts.disagreements(s), s);
            }
            assertTrue(parts.disagreementsOf("no-such/claim").isEmpty());
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
