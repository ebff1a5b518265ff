package org.claimskb.relevance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.claimskb.index.DerivedState;
import org.claimskb.index.SearchHit;
import org.claimskb.index.SearchRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clear cases of the relevance benchmark, in the default run so that a ranking regression fails
 * the suite: each query (taken with its judgments from {@code judgments.yaml}) must keep nDCG@5 of
 * at least 0.8 on the shipped KB. The full figures come from {@code RelevanceBenchmark}.
 */
class SearchRelevanceTest {
    private static final double FLOOR = 0.8;
    private static DerivedState state;
    private static Judgments judgments;

    @BeforeAll
    static void open() throws Exception {
        judgments = Judgments.load();
        state = ShippedKb.open();
    }

    @AfterAll
    static void close() throws Exception {
        state.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"export controls China", "Cisco comparison", "資本支出", "超级智能", "宇宙 データセンター",
            "return on invested capital", "折舊"})
    void clearCasesStayRelevant(String query) throws Exception {
        var judged = judgments.queries().stream().filter(q -> q.query().equals(query)).findFirst().orElseThrow();
        List<String> ranked = state.search().search(new SearchRequest(query, null, null, null, null, null, 5))
                .hits().stream().map(SearchHit::id).toList();
        double ndcg = Metrics.ndcg(ranked, judgments.need(judged), 5);
        assertTrue(ndcg >= FLOOR, query + ": nDCG@5 " + ndcg + " below " + FLOOR + ", top five " + ranked);
    }
}
