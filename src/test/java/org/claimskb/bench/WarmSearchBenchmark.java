package org.claimskb.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.claimskb.index.DerivedState;
import org.claimskb.index.SearchRequest;

/**
 * Warm in-process search on a KB root whose index is already built (docs/BENCHMARKS.md, "A
 * million claims"): {@code java ... WarmSearchBenchmark KB_ROOT AS_OF [ROUNDS]}. Opens the
 * generation, warms up, then times each query of the mix (words, a phrase, a boolean query,
 * Japanese, Traditional and Simplified Chinese, {@code *}) ROUNDS times with 20 highlighted hits,
 * interleaved, and prints each kind's p50 and p99. Prints figures; asserts nothing.
 */
public final class WarmSearchBenchmark {
    private WarmSearchBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        LocalDate asOf = LocalDate.parse(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<String> queries = System.getProperty("claims.bench.queries") != null
                ? List.of(System.getProperty("claims.bench.queries").split("\\|"))
                : List.of("rackless power", "cooling", "\"supply chain\"", "\"rackless power\"", "chipful AND marginless",
                "tokens OR wafers", "ラック重量", "データセンター", "訓練成本", "训练成本", "市場份額", "*");
        try (var state = DerivedState.open(root, asOf, null)) {
            var search = state.search();
            for (int i = 0; i < 20; i++) {
                for (String q : queries) {
                    search.search(new SearchRequest(q, null, null, null, null, null, 20));
                }
            }
            long[][] t = new long[queries.size()][rounds];
            for (int r = 0; r < rounds; r++) {
                for (int q = 0; q < queries.size(); q++) {
                    long s = System.nanoTime();
                    search.search(new SearchRequest(queries.get(q), null, null, null, null, null, 20));
                    t[q][r] = System.nanoTime() - s;
                }
            }
            System.out.printf(Locale.ROOT, "warm search on %s (%,d claims), %d rounds, 20 highlighted hits%n", root,
                    state.state().claims(), rounds);
            for (int q = 0; q < queries.size(); q++) {
                Arrays.sort(t[q]);
                System.out.printf(Locale.ROOT, "| `%s` | %.2f | %.2f |%n", queries.get(q), t[q][rounds / 2] / 1e6,
                        t[q][Math.min(rounds - 1, rounds * 99 / 100)] / 1e6);
            }
        }
    }
}
