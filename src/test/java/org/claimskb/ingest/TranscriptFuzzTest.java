package org.claimskb.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.LoadResult;
import org.claimskb.model.KnowledgeBase;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes {@code claims add}'s transcript reader with Jazzer: whatever the bytes of a transcript,
 * reading and drafting either refuse it with one short plain line ({@link IngestException}) or
 * produce a draft that the fact-file loader accepts without a single problem in the KB it was
 * drafted against. Nothing else may escape. Tagged {@code benchmark}: not in the default run;
 * the command and the figures are in docs/ROBUSTNESS.md.
 */
@Tag("benchmark")
class TranscriptFuzzTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);
    private static final Path KB;
    private static final KnowledgeBase LOADED;
    private static final Path TRANSCRIPT;

    static {
        try {
            KB = Files.createTempDirectory("claims-transcript-fuzz");
            KbFixture.create(KB);
            LOADED = new LoadedKnowledgeBase().read(KB, null);
            TRANSCRIPT = KB.resolve("transcript.md");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "90m", maxExecutions = 1_000_000)
    void transcript(byte[] input) throws IOException {
        Files.write(TRANSCRIPT, input);
        Draft draft;
        try {
            draft = TranscriptImporter.draft(TranscriptFile.read(TRANSCRIPT), LOADED, null, TODAY);
        } catch (IngestException refused) {
            String m = refused.getMessage();
            assertTrue(m.length() <= 400 && m.lines().count() == 1, m);
            return;
        }
        String yaml = DraftWriter.yaml(draft);
        LoadResult checked = FactFiles.loadWith(KB, DraftWriter.target(KB, draft.source().id()), yaml);
        assertTrue(checked.problems().isEmpty() && checked.skipped().isEmpty(), () -> checked.problems().stream()
                .map(Object::toString).collect(Collectors.joining("\n")) + "\n--- draft:\n" + yaml);
    }
}
