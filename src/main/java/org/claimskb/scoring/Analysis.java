package org.claimskb.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the rules concluded about one knowledge base as of one day.
 *
 * @param stanceDisagreements  disagreement groups about propositions
 * @param numericDisagreements disagreement groups about quantities
 * @param selfContradictions   speakers on two sides of one group at one time
 * @param revisions            speakers' changes of view over time
 */
public record Analysis(LocalDate asOf, Map<String, ClaimScore> scores, List<StanceDisagreement> stanceDisagreements,
                       List<NumericDisagreement> numericDisagreements, List<SelfContradiction> selfContradictions,
                       List<Revision> revisions, List<Verdict> verdicts, List<ReportCard> reportCards,
                       List<RuleInfo> rules) {
    public Analysis {
        // Keeps the knowledge base's claim order, so iterating scores is deterministic; a stored
        // table (read from the index on demand) is kept as it is.
        scores = scores instanceof StoredScores ? scores : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        stanceDisagreements = List.copyOf(stanceDisagreements);
        numericDisagreements = List.copyOf(numericDisagreements);
        selfContradictions = List.copyOf(selfContradictions);
        revisions = List.copyOf(revisions);
        verdicts = List.copyOf(verdicts);
        reportCards = List.copyOf(reportCards);
        rules = List.copyOf(rules);
    }

    public Optional<ClaimScore> score(String claimId) {
        return Optional.ofNullable(scores.get(claimId));
    }

    /** Every disagreement, heaviest first (then by what it is about, for a stable order). */
    public List<Disagreement> disagreements() {
        List<Disagreement> all = new ArrayList<>(stanceDisagreements);
        all.addAll(numericDisagreements);
        all.sort(HEAVIEST_FIRST);
        return all;
    }

    /** The disagreements a claim takes part in. */
    public List<Disagreement> disagreementsOf(String claimId) {
        return disagreements().stream().filter(d -> d.claims().contains(claimId)).toList();
    }

    public static final Comparator<Disagreement> HEAVIEST_FIRST = Comparator
            .comparingDouble(Disagreement::weight).reversed()
            .thenComparing(Disagreement::about)
            .thenComparing(d -> d.year() == null ? 0 : d.year());
}
