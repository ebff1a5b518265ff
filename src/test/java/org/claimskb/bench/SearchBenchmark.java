package org.claimskb.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.claimskb.TestKb;
import org.claimskb.index.DerivedState;
import org.claimskb.index.SearchRequest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warm search latency on a synthetic KB (English, Japanese and Chinese claim texts). Not part of
 * the default test run: {@code mvn test -Dgroups=benchmark -DexcludedGroups=none}. Prints the
 * figures recorded in docs/BENCHMARKS.md; asserts nothing about time.
 */
@Tag("benchmark")
class SearchBenchmark {
    @TempDir
    Path dir;

    private static final String[] EN = {"racks", "weigh", "power", "tokens", "margin", "training", "inference", "cost",
            "chips", "memory", "network", "demand", "supply", "revenue", "share"};
    private static final String[] JA = {"ラック重量", "電力消費", "トークン", "粗利益率", "推論", "学習", "半導体"};
    private static final String[] ZH = {"訓練成本", "推理需求", "市場份額", "毛利率", "晶片", "資料中心", "電力"};

    @Test
    void warmQueryLatency() throws Exception {
        if (luceneAssertionsOn()) {
            // Surefire runs tests with -ea; Lucene's assertions (a scan of the postings block at every
            // advance, among others) cost CJK queries several times their time: not what users run.
            System.out.println("search benchmark: note: assertions are on, so the figures are not those of "
                    + "bin/claims; add -DenableAssertions=false");
        }
        // -Dclaims.bench.sizes=50000 runs one size; the default is the three in docs/BENCHMARKS.md.
        for (String size : System.getProperty("claims.bench.sizes", "1000,10000,50000").split(",")) {
            run(Integer.parseInt(size.strip()));
        }
    }

    private static boolean luceneAssertionsOn() {
        return org.apache.lucene.util.VectorUtil.class.desiredAssertionStatus();
    }

    private void run(int claims) throws Exception {
        Path root = Files.createDirectories(dir.resolve("kb-" + claims));
        var kb = new TestKb(root).standard();
        var random = new Random(42);
        var yaml = new StringBuilder("""
                source: {id: synthetic, kind: transcript, date: 2025-01-01, speakers: [gavin-baker, jensen-huang]}
                claims:
                """);
        for (int i = 0; i < claims; i++) {
            String text = EN[random.nextInt(EN.length)] + " " + EN[random.nextInt(EN.length)] + " and "
                    + EN[random.nextInt(EN.length)] + " grow " + i;
            String quote = random.nextBoolean() ? JA[random.nextInt(JA.length)] + "は増加" : ZH[random.nextInt(ZH.length)] + "持續增長";
            yaml.append("  - {id: c").append(i).append(", speaker: ").append(i % 2 == 0 ? "gavin-baker" : "jensen-huang")
                    .append(", kind: statistic, text: \"").append(text).append("\", quote: \"").append(quote)
                    .append("\", topics: [nvidia]}\n");
        }
        kb.write("synthetic.yaml", yaml.toString());
        long t0 = System.nanoTime();
        try (var state = DerivedState.open(root, LocalDate.of(2026, 1, 1), null)) {
            long buildMs = (System.nanoTime() - t0) / 1_000_000;
            List<String> queries = System.getProperty("claims.bench.queries") != null
                    ? List.of(System.getProperty("claims.bench.queries").split("\\|"))
                    : List.of("racks power", "\"training cost\"", "訓練成本", "训练成本", "ラック重量",
                    "英伟达", "tokens AND margin", "NVDA", "*");
            for (int i = 0; i < 200; i++) { // warm-up
                state.search().search(new SearchRequest(queries.get(i % queries.size()), null, null, null, null, null, 20));
            }
            int rounds = 2_000;
            long[] nanos = new long[rounds];
            long[][] perQuery = new long[queries.size()][rounds / queries.size() + 1];
            for (int i = 0; i < rounds; i++) {
                long s = System.nanoTime();
                state.search().search(new SearchRequest(queries.get(i % queries.size()), null, null, null, null, null, 20));
                nanos[i] = System.nanoTime() - s;
                perQuery[i % queries.size()][i / queries.size()] = nanos[i];
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "search benchmark: %,d claims, index build %,d ms; warm query (20 hits, highlighted) "
                            + "median %.2f ms, p90 %.2f ms, p99 %.2f ms%n", claims + 3, buildMs,
                    nanos[rounds / 2] / 1e6, nanos[rounds * 9 / 10] / 1e6, nanos[rounds * 99 / 100] / 1e6);
            // Each query kind on its own (a slow kind hides in the overall median).
            for (int q = 0; q < queries.size(); q++) {
                int n = rounds / queries.size() + (q < rounds % queries.size() ? 1 : 0);
                long[] t = Arrays.copyOf(perQuery[q], n);
                Arrays.sort(t);
                System.out.printf(Locale.ROOT, "  %-20s p50 %6.2f ms  p99 %6.2f ms%n", queries.get(q), t[n / 2] / 1e6,
                        t[Math.min(n - 1, n * 99 / 100)] / 1e6);
            }
        }
    }
}
