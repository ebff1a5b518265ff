package org.claimskb.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimskb.model.Claim;
import org.claimskb.model.Flag;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Finding;

/** Turns what the rules recorded into one {@link ClaimScore} per claim. */
final class ScoreAssembler {
    private ScoreAssembler() {}

    /**
     * Scores in knowledge-base order; findings in rule order (file, then DRL order), then by
     * detail. Claims are scored in parallel (each score reads only its own claim's tally) and
     * collected in order.
     */
    static Map<String, ClaimScore> scores(KnowledgeBase kb, Findings findings, CompiledRules rules) {
        Map<String, Integer> order = rules.ruleOrder();
        Comparator<Finding> byRule = Comparator.<Finding>comparingInt(f -> order.getOrDefault(f.rule(), Integer.MAX_VALUE))
                .thenComparing(Finding::detail);
        List<Claim> claims = kb.claims();
        ClaimScore[] scored = new ClaimScore[claims.size()];
        java.util.stream.IntStream.range(0, claims.size()).parallel()
                .forEach(i -> scored[i] = score(claims.get(i), findings.tallies().get(claims.get(i).id()), byRule));
        Map<String, ClaimScore> scores = new LinkedHashMap<>(claims.size() * 4 / 3 + 1);
        for (ClaimScore s : scored) {
            scores.put(s.claim(), s);
        }
        return scores;
    }

    private static ClaimScore score(Claim c, Findings.Tally t, Comparator<Finding> byRule) {
        double prior = 0;
        String priorDetail = c.question() ? "a question argues nothing: it is kept for context, never scored"
                : "no prior rule matched this claim (prior 0)";
        List<Finding> list = List.of();
        if (t != null) {
            prior = Findings.round(t.prior);
            if (t.priorDetails.size() == 1) {
                priorDetail = t.priorDetails.get(0);
            } else if (!t.priorDetails.isEmpty()) {
                priorDetail = String.join("; ", t.priorDetails);
            }
            list = new ArrayList<>(t.findings);
            list.sort(byRule);
        }
        double logOdds = prior;
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        for (Finding f : list) {
            logOdds += f.effect();
            if (f.flag() != null) {
                flags.add(f.flag());
            }
        }
        return new ClaimScore(c.id(), prior, priorDetail, list, ClaimScore.sigmoid(logOdds), flags);
    }
}
