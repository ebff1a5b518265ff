package org.claimskb.relevance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private final Judgments.Need need = new Judgments.Need("x", Map.of("a", 3, "b", 2, "c", 1));

    @Test
    void aPerfectRankingScoresOne() {
        assertEquals(1.0, Metrics.ndcg(List.of("a", "b", "c"), need, 5), 1e-9);
    }

    @Test
    void aWorseOrderScoresLess() {
        double swapped = Metrics.ndcg(List.of("b", "a", "c"), need, 5);
        double expected = (3 + 7 / (Math.log(3) / Math.log(2)) + 1 / 2.0) / (7 + 3 / (Math.log(3) / Math.log(2)) + 1 / 2.0);
        assertEquals(expected, swapped, 1e-9);
    }

    @Test
    void precisionCountsGradedClaimsInTheFirstRanks() {
        assertEquals(0.4, Metrics.precision(List.of("x", "a", "y", "c", "z", "b"), need, 5), 1e-9);
    }
}
