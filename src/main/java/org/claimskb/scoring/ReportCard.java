package org.claimskb.scoring;

import java.util.Map;
import org.claimskb.model.Regime;

/**
 * One speaker's record.
 *
 * @param byKind               claims per kind (fact-file spelling)
 * @param meanCredibility      mean credibility of all reviewed claims, null when none
 * @param meanFactCredibility  mean credibility of facts and statistics, null when none
 * @param flags                flag counts (flag name to count)
 * @param predictionsDue       predictions past due (resolved or not)
 * @param brier                Brier score over resolved predictions with a stated probability
 * @param grade                A..E, or F when it cannot be judged
 */
public record ReportCard(String id, String name, Regime regime, int claims, Map<String, Integer> byKind,
                         Double meanCredibility, Double meanFactCredibility, Map<String, Integer> flags,
                         int selfContradictions, int predictionsDue, int predictionsTrue,
                         int predictionsFalse, int predictionsPending, Double brier, String grade,
                         String gradeReason) {
    public ReportCard {
        byKind = Map.copyOf(byKind);
        flags = Map.copyOf(flags);
    }
}
