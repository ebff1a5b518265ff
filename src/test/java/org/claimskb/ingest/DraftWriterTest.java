package org.claimskb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimskb.factfile.FactFiles;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.PartialDate;
import org.claimskb.model.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --force}: the replacing draft is checked before it moves into place; the old file stays when it fails. */
class DraftWriterTest {
    static final String OLD = """
            source:
              id: aaa-episode
              kind: transcript
              date: 2025-01-01
              speakers: [gavin-baker]
            claims:
              - id: kept
                speaker: gavin-baker
                kind: opinion
                text: The reviewed file that must survive.
            """;

    @TempDir
    Path kb;

    Path old;

    @BeforeEach
    void kb() throws IOException {
        KbFixture.create(kb);
        old = Files.writeString(kb.resolve("claims/aaa-episode.yaml"), OLD);
    }

    static Draft draft(List<DraftSpeaker> newSpeakers, String speaker, List<String> sourceSpeakers) {
        var source = new Draft.Source("aaa-episode", "A", SourceKind.TRANSCRIPT, null, null, PartialDate.of(java.time.LocalDate.of(2025, 1, 2)),
                "en", "a.md", sourceSpeakers, null, null);
        var claim = new Draft.Claim("c", speaker, null, ClaimKind.OPINION, "Some text worth keeping.", null, List.of(),
                null, null, null, 1, "test", null);
        return new Draft(source, newSpeakers, List.of(claim), List.of());
    }

    @Test
    void aDraftWithAProblemInItselfNeverReplacesTheOldFile() throws IOException {
        Draft bad = draft(List.of(), "nobody", List.of("nobody"));
        assertThrows(InvalidDraftException.class, () -> DraftWriter.write(kb, bad, true));
        assertEquals(OLD, Files.readString(old));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aDraftThatBreaksAnotherFileNeverReplacesTheOldFile() throws IOException {
        // The duplicate is reported in speakers.yaml, read after aaa-episode.yaml: the check must see it too.
        Draft clash = draft(List.of(new DraftSpeaker("gavin-baker", "Gavin Baker", null, false)), "gavin-baker",
                List.of("gavin-baker"));
        InvalidDraftException e = assertThrows(InvalidDraftException.class, () -> DraftWriter.write(kb, clash, true));
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("duplicate")), e.problems().toString());
        assertEquals(OLD, Files.readString(old));
        assertEquals(List.of(), FactFiles.load(kb).problems());
    }

    @Test
    void aValidDraftReplacesTheOldFile() throws Exception {
        DraftWriter.write(kb, draft(List.of(), "gavin-baker", List.of("gavin-baker")), true);
        assertTrue(Files.readString(old).contains("Some text worth keeping."));
        assertEquals(List.of(), FactFiles.load(kb).problems());
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(kb.resolve("claims"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
        }
    }
}
