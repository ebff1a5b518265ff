package org.claimskb.relevance;

import java.util.Comparator;
import java.util.List;

/** Ranking metrics over graded judgments (grades 0-3). */
public final class Metrics {
    private Metrics() {}

    /** nDCG@k with exponential gain (2^grade - 1) and log2 discount; 1 for a perfect ranking. */
    public static double ndcg(List<String> ranked, Judgments.Need need, int k) {
        double ideal = dcg(need.judgments().values().stream().sorted(Comparator.reverseOrder()).toList(), k);
        if (ideal == 0) {
            return 0;
        }
        return dcg(ranked.stream().map(need::grade).toList(), k) / ideal;
    }

    /** Precision@k: the share of the first k ranks holding a claim of grade at least 1 (missing ranks count as misses). */
    public static double precision(List<String> ranked, Judgments.Need need, int k) {
        long relevant = ranked.stream().limit(k).filter(id -> need.grade(id) >= 1).count();
        return relevant / (double) k;
    }

    private static double dcg(List<Integer> grades, int k) {
        double sum = 0;
        for (int i = 0; i < Math.min(k, grades.size()); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
