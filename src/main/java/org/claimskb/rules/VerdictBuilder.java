package org.claimskb.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimskb.model.Claim;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Position;
import org.claimskb.model.Proposition;
import org.claimskb.model.Source;
import org.claimskb.model.Stance;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Evidence;
import org.claimskb.scoring.Verdict;
import org.claimskb.scoring.VerdictBand;
import org.claimskb.scoring.VerdictMath;

/**
 * One verdict per proposition (scoring.md, "the verdict"), aggregated from final claim scores
 * with the arithmetic of {@link VerdictMath}. Evidence is every reviewed claim with a stance on
 * the proposition; drafts are left out. Re-reports of one utterance (same event, same speaker,
 * same position) count once: the heaviest of them carries the weight, the others are listed with
 * weight 0 and say which claim they repeat.
 */
final class VerdictBuilder {
    private VerdictBuilder() {}

    static List<Verdict> verdicts(KnowledgeBase kb, Map<String, ClaimScore> scores) {
        Map<String, List<Evidence>> byProposition = new HashMap<>();
        // utterance|proposition|position -> the evidence that counts for it
        Map<String, Evidence> counted = new HashMap<>();
        Map<String, List<Evidence>> pendingRepeats = new HashMap<>();
        for (Claim c : kb.claims()) {
            if (c.draft() || c.stances().isEmpty()) {
                continue;
            }
            ClaimScore s = scores.get(c.id());
            String event = kb.source(c.sourceId()).map(Source::eventKey).orElse(c.sourceId());
            double factor = VerdictMath.verifiabilityFactor(s.flags());
            double weight = s.credibility() * factor;
            for (Stance st : c.stances()) {
                Evidence e = new Evidence(c.id(), st.position(), s.credibility(), weight, String.format(Locale.ROOT,
                        "credibility %.2f x verifiability %.2f", s.credibility(), factor));
                String key = c.speaker() + "@" + event + "|" + st.proposition() + "|" + st.position();
                Evidence prior = counted.get(key);
                if (prior == null || weight > prior.weight()) {
                    counted.put(key, e);
                }
                byProposition.computeIfAbsent(st.proposition(), k -> new ArrayList<>()).add(e);
                pendingRepeats.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        // Replace every repeat by a zero-weight entry naming the claim that counts.
        // By identity: one claim with two equal stances yields equal records for two propositions.
        Map<Evidence, Evidence> replaced = new java.util.IdentityHashMap<>();
        for (var entry : pendingRepeats.entrySet()) {
            Evidence winner = counted.get(entry.getKey());
            for (Evidence e : entry.getValue()) {
                if (e != winner) {
                    replaced.put(e, new Evidence(e.claim(), e.position(), e.credibility(), 0,
                            "re-report of the utterance counted as " + winner.claim() + " (same event and speaker)"));
                }
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        Map<String, Proposition> props = new LinkedHashMap<>();
        for (Proposition p : kb.propositions()) {
            props.put(p.id(), p);
        }
        for (Proposition p : props.values()) {
            List<Evidence> forList = new ArrayList<>();
            List<Evidence> againstList = new ArrayList<>();
            double wFor = 0;
            double wAgainst = 0;
            for (Evidence e : byProposition.getOrDefault(p.id(), List.of())) {
                Evidence shown = replaced.getOrDefault(e, e);
                if (shown.position() == Position.FOR) {
                    forList.add(shown);
                    wFor += shown.weight();
                } else {
                    againstList.add(shown);
                    wAgainst += shown.weight();
                }
            }
            Comparator<Evidence> heaviest = Comparator.comparingDouble(Evidence::weight).reversed()
                    .thenComparing(Evidence::claim);
            forList.sort(heaviest);
            againstList.sort(heaviest);
            double total = wFor + wAgainst;
            double score = VerdictMath.score(wFor, wAgainst);
            VerdictBand band = VerdictMath.band(score, total);
            verdicts.add(new Verdict(p.id(), p.statement(), band, Findings.round(score), Findings.round(total),
                    forList, againstList));
        }
        return verdicts;
    }
}
