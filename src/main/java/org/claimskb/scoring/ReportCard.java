package org.claimskb.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.claimskb.model.Regime;

/**
 * One speaker's record.
 *
 * @param byKind               claims per kind (fact-file spelling)
 * @param meanCredibility      mean credibility of all reviewed claims, null when none
 * @param meanFactCredibility  mean credibility of facts and statistics, null when none
 * @param flags                flag counts (flag name to count)
 * @param predictionsDue       predictions past due and not resolved as of the analysis day (PREDICTION_DUE)
 * @param predictionsTrue      resolutions known by the analysis day: true
 * @param predictionsFalse     resolutions known by the analysis day: false
 * @param predictionsPending   predictions not yet due (PREDICTION_PENDING)
 * @param brier                Brier score over resolved predictions with a stated probability
 * @param grade                A..E, or F when it cannot be judged (see {@link Grading})
 * @param gradeReason          how the grade was reached, in one sentence
 */
public record ReportCard(String id, String name, Regime regime, int claims, Map<String, Integer> byKind,
                         Double meanCredibility, Double meanFactCredibility, Map<String, Integer> flags,
                         int selfContradictions, int predictionsDue, int predictionsTrue,
                         int predictionsFalse, int predictionsPending, Double brier, String grade,
                         String gradeReason) {
    public ReportCard {
        // Insertion-ordered copies: kinds and flags print in vocabulary order on every run.
        byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
        flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
    }
}
