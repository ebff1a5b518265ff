package org.claimskb.scoring;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the rules concluded about one knowledge base as of one day. */
public record Analysis(LocalDate asOf, Map<String, ClaimScore> scores, List<Contradiction> contradictions,
                       List<Verdict> verdicts, List<ReportCard> reportCards, List<RuleInfo> rules) {
    public Analysis {
        // Keeps the knowledge base's claim order, so iterating scores is deterministic.
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        contradictions = List.copyOf(contradictions);
        verdicts = List.copyOf(verdicts);
        reportCards = List.copyOf(reportCards);
        rules = List.copyOf(rules);
    }

    public Optional<ClaimScore> score(String claimId) {
        return Optional.ofNullable(scores.get(claimId));
    }
}
