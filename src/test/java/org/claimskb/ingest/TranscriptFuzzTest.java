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
 * Fuzzes {@code claims add} with Jazzer, two targets. {@code reader}: the transcript reader
 * (decoding, front matter, language, segmentation into speaker turns and sentences) either refuses
 * the bytes with one short plain line ({@link IngestException}) or yields passages whose text lies
 * in the transcript's lines. {@code transcript}: the whole of drafting, whose draft the fact-file
 * loader must accept without a single problem in the KB it was drafted against (slower: it loads
 * that KB each time). Nothing else may escape. Tagged {@code benchmark}: not in the default run;
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

    @FuzzTest(maxDuration = "60m", maxExecutions = 1_000_000)
    void reader(byte[] input) throws IOException {
        Files.write(TRANSCRIPT, input);
        try {
            TranscriptFile file = TranscriptFile.read(TRANSCRIPT);
            FrontMatter.Split split = FrontMatter.split(file);
            String language = LanguageDetector.detect(Markdown.plain(split.body()));
            int lines = (int) file.text().lines().count();
            for (Passage p : Segmenter.passages(split.body(), split.bodyLine(), language)) {
                assertTrue(p.line() >= 1 && p.line() <= Math.max(1, lines), p.line() + " of " + lines);
            }
        } catch (IngestException refused) {
            oneLine(refused);
        }
    }

    @FuzzTest(maxDuration = "150m", maxExecutions = 1_000_000)
    void transcript(byte[] input) throws IOException {
        Files.write(TRANSCRIPT, input);
        Draft draft;
        try {
            draft = TranscriptImporter.draft(TranscriptFile.read(TRANSCRIPT), LOADED, null, TODAY);
        } catch (IngestException refused) {
            oneLine(refused);
            return;
        }
        String yaml = DraftWriter.yaml(draft);
        LoadResult checked = FactFiles.loadWith(KB, DraftWriter.target(KB, draft.source().id()), yaml);
        assertTrue(checked.problems().isEmpty() && checked.skipped().isEmpty(), () -> checked.problems().stream()
                .map(Object::toString).collect(Collectors.joining("\n")) + "\n--- draft:\n" + yaml);
    }

    private static void oneLine(IngestException refused) {
        String m = refused.getMessage();
        assertTrue(m.length() <= 400 && m.lines().count() == 1, m);
    }
}
