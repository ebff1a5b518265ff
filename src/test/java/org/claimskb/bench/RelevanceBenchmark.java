package org.claimskb.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.claimskb.index.DerivedState;
import org.claimskb.index.SearchHit;
import org.claimskb.index.SearchRequest;
import org.claimskb.relevance.Judgments;
import org.claimskb.relevance.Metrics;
import org.claimskb.relevance.ShippedKb;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Relevance of {@code claims search} on the shipped KB: every query of {@code judgments.yaml} is run
 * and its first five hits scored against the graded judgments. Prints nDCG@5 and P@5 overall and
 * per language group, and each query's figures and top five (with grades), for docs/SEARCH.md.
 * Asserts nothing: the default run's {@code SearchRelevanceTest} guards the clear cases.
 */
@Tag("benchmark")
class RelevanceBenchmark {
    private static final int K = 5;

    @Test
    void relevanceOnTheShippedKb() throws Exception {
        var judgments = Judgments.load();
        Map<String, List<double[]>> byGroup = new TreeMap<>();
        var lines = new ArrayList<String>();
        try (DerivedState state = ShippedKb.open()) {
            for (Judgments.JudgedQuery q : judgments.queries()) {
                var need = judgments.need(q);
                List<String> ranked = state.search().search(new SearchRequest(q.query(), null, null, null, null, null, K))
                        .hits().stream().map(SearchHit::id).toList();
                double ndcg = Metrics.ndcg(ranked, need, K);
                double p = Metrics.precision(ranked, need, K);
                byGroup.computeIfAbsent(q.group(), g -> new ArrayList<>()).add(new double[] {ndcg, p});
                var top = new StringBuilder();
                for (String id : ranked) {
                    top.append(' ').append(need.grade(id)).append(':').append(id.substring(id.indexOf('/') + 1));
                }
                lines.add(String.format(Locale.ROOT, "%-8s nDCG %.2f P %.2f  %-32s%s", q.group(), ndcg, p, q.query(), top));
            }
        }
        lines.forEach(System.out::println);
        var all = new ArrayList<double[]>();
        var summary = new LinkedHashMap<String, List<double[]>>(byGroup);
        byGroup.values().forEach(all::addAll);
        summary.put("overall", all);
        System.out.println("relevance benchmark: group, queries, nDCG@5, P@5");
        summary.forEach((group, rows) -> System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", group, rows.size(),
                rows.stream().mapToDouble(r -> r[0]).average().orElse(0), rows.stream().mapToDouble(r -> r[1]).average().orElse(0)));
    }
}
