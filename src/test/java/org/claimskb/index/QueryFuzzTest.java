package org.claimskb.index;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the user query path with Jazzer: any text either searches or is refused with a
 * {@link BadQueryException} of one short line; nothing else escapes (no StackOverflowError,
 * no Lucene exception). Tagged {@code benchmark}: not in the default run (docs/ROBUSTNESS.md).
 */
@Tag("benchmark")
class QueryFuzzTest {
    private static final ClaimSearch SEARCH = openSearch();

    private static ClaimSearch openSearch() {
        try {
            Path kb = Files.createTempDirectory("claims-query-fuzz");
            Files.createDirectories(kb.resolve("claims"));
            Files.writeString(kb.resolve("claims/kb.yaml"), """
                    speakers:
                      - {id: gavin-baker, name: Gavin Baker}
                    entities:
                      - {id: google-tpu, name: Google TPU, aliases: [TPU, 谷歌TPU]}
                    source: {id: s, kind: summary, date: 2025-12, speakers: [gavin-baker]}
                    claims:
                      - {id: rack, speaker: gavin-baker, kind: statistic, text: Blackwell racks weigh about 3,000 lb., quote: ラック重量は約3000ポンド}
                      - {id: tpu, speaker: gavin-baker, kind: opinion, text: TPUs are the cheapest way to run inference., topics: [google-tpu]}
                    """);
            return DerivedState.open(kb, LocalDate.of(2026, 1, 1), null).search();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "45m", maxExecutions = 1_000_000)
    void query(byte[] input) {
        String query = new String(input, StandardCharsets.UTF_8);
        try {
            SEARCH.search(new SearchRequest(query, null, null, null, null, null, 20));
        } catch (BadQueryException refused) {
            String m = refused.getMessage();
            assertTrue(m.length() <= 400 && m.lines().count() == 1, m);
        }
    }
}
