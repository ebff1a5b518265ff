package org.claimskb.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimskb.index.DerivedState;
import org.claimskb.index.SearchRequest;
import org.claimskb.relevance.Judgments;
import org.claimskb.relevance.ShippedKb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Warm in-process search latency on the shipped KB with real queries: every query of the
 * relevance judgments (English, Japanese, Chinese, mixed), each run {@code claims.bench.rounds}
 * times (200 unless set) after a warm-up, 20 hits with highlights as {@code claims search} asks.
 * Prints the median, p90 and p99 recorded in docs/BENCHMARKS.md; asserts nothing about time.
 * Also a main class, so old and new builds can be timed back to back on the same classpath.
 */
@Tag("benchmark")
class ShippedKbLatencyBenchmark {
    @Test
    void warmQueryLatencyOnTheShippedKb() throws Exception {
        main(new String[0]);
    }

    public static void main(String[] args) throws Exception {
        int rounds = Integer.getInteger("claims.bench.rounds", 200);
        List<String> queries = Judgments.load().queries().stream().map(Judgments.JudgedQuery::query).toList();
        try (DerivedState state = ShippedKb.open()) {
            var search = state.search();
            for (int i = 0; i < 20; i++) { // warm-up
                for (String q : queries) {
                    search.search(new SearchRequest(q, null, null, null, null, null, 20));
                }
            }
            long[] nanos = new long[rounds * queries.size()];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : queries) {
                    long s = System.nanoTime();
                    search.search(new SearchRequest(q, null, null, null, null, null, 20));
                    nanos[n++] = System.nanoTime() - s;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "shipped-KB search benchmark: %d queries x %d rounds, warm query (20 hits, "
                            + "highlighted) median %.2f ms, p90 %.2f ms, p99 %.2f ms%n", queries.size(), rounds,
                    nanos[n / 2] / 1e6, nanos[n * 9 / 10] / 1e6, nanos[n * 99 / 100] / 1e6);
        }
    }
}
