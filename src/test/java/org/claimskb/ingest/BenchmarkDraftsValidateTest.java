package org.claimskb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.claimskb.factfile.FactFiles;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every text of the extraction benchmark (real pages: calls, podcasts, articles, summaries in three
 * languages) drafts a file that is written (which validates it first) and loads with no problem,
 * with its questions and the answers that point to them.
 */
class BenchmarkDraftsValidateTest {
    @TempDir
    Path kb;

    @Test
    void everyBenchmarkDraftValidates() throws Exception {
        Files.createDirectories(kb.resolve("claims"));
        Files.createDirectories(kb.resolve("rules"));
        Files.writeString(kb.resolve("claims/speakers.yaml"), ExtractionBenchmark.resource("kb-speakers.yaml"));
        int questions = 0;
        int replies = 0;
        for (String name : ExtractionBenchmark.TEXTS) {
            String file = name.contains(".") ? name : name + ".md";
            Path text = kb.resolve(file);
            Files.writeString(text, ExtractionBenchmark.resource(file));
            KnowledgeBase base = FactFiles.load(kb).kb();
            Draft d = TranscriptImporter.draft(TranscriptFile.read(text), base, name.replaceFirst("\\.[a-z]+$", ""), ExtractionBenchmark.TODAY);
            DraftWriter.write(kb, d, false); // throws when the draft would not validate
            questions += (int) d.count(ClaimKind.QUESTION);
            replies += (int) d.claims().stream().filter(c -> c.replyTo() != null).count();
        }
        assertEquals(java.util.List.of(), FactFiles.load(kb).problems());
        assertTrue(questions > 0 && replies > 0, "the interviews' questions and answers are drafted: " + questions + "/" + replies);
    }
}
