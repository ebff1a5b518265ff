package org.claimskb.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Resolution;
import org.claimskb.model.Speaker;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.SelfContradiction;
import org.claimskb.scoring.Grading;
import org.claimskb.scoring.ReportCard;
import org.claimskb.scoring.Revision;

/**
 * One report card per speaker (scoring.md, "the report card"), aggregated from final claim
 * scores over the speaker's reviewed claims. Drafts are left out. Questions are listed among the
 * kinds but never graded (they argue nothing), and neither is a view the speaker revised later
 * about the same time frame (scoring.md: report cards use the speaker's latest view for each time
 * frame; a view of an earlier year stays, being the latest about that year). Predictions due and pending
 * are counted from the rules' flags (which know the analysis day); true, false and partly, and
 * the Brier score, from the resolutions known by the analysis day. The grade is
 * {@link Grading}'s.
 */
final class ReportCardBuilder {
    private ReportCardBuilder() {}

    static List<ReportCard> cards(KnowledgeBase kb, Map<String, ClaimScore> scores,
                                  List<SelfContradiction> contradictions, List<Revision> revisions, LocalDate asOf,
                                  Grading grading) {
        Set<String> superseded = new HashSet<>();
        for (Revision r : revisions) {
            if (java.util.Objects.equals(r.from().when(), r.to().when())) {
                superseded.add(r.from().claim());
            }
        }
        Map<String, List<Claim>> bySpeaker = new HashMap<>();
        Map<String, List<Claim>> listedOnly = new HashMap<>();
        for (Claim c : kb.claims()) {
            if (!c.draft()) {
                boolean graded = !c.question() && !superseded.contains(c.id());
                (graded ? bySpeaker : listedOnly).computeIfAbsent(c.speaker(), k -> new ArrayList<>()).add(c);
            }
        }
        Map<String, Integer> selfContradictions = new HashMap<>();
        for (SelfContradiction c : contradictions) {
            selfContradictions.merge(c.speaker(), 1, Integer::sum);
        }
        Map<String, List<Resolution>> resolutionsBySpeaker = new HashMap<>();
        for (Resolution r : kb.resolutions()) {
            kb.claim(r.claim()).filter(c -> !c.draft()).filter(c -> r.knownBy(asOf))
                    .ifPresent(c -> resolutionsBySpeaker.computeIfAbsent(c.speaker(), k -> new ArrayList<>()).add(r));
        }
        List<ReportCard> cards = new ArrayList<>();
        for (Speaker sp : kb.speakers()) {
            List<Claim> claims = bySpeaker.getOrDefault(sp.id(), List.of());
            List<Claim> listed = listedOnly.getOrDefault(sp.id(), List.of());
            Map<ClaimKind, Integer> byKind = new EnumMap<>(ClaimKind.class);
            listed.forEach(c -> byKind.merge(c.kind(), 1, Integer::sum));
            Map<Flag, Integer> flags = new EnumMap<>(Flag.class);
            double sum = 0;
            double factSum = 0;
            int facts = 0;
            for (Claim c : claims) {
                ClaimScore s = scores.get(c.id());
                byKind.merge(c.kind(), 1, Integer::sum);
                sum += s.credibility();
                if (c.kind() == ClaimKind.FACT || c.kind() == ClaimKind.STATISTIC) {
                    factSum += s.credibility();
                    facts++;
                }
                for (Flag f : s.flags()) {
                    flags.merge(f, 1, Integer::sum);
                }
            }
            int hits = 0, misses = 0, partly = 0, stated = 0;
            double squared = 0;
            for (Resolution r : resolutionsBySpeaker.getOrDefault(sp.id(), List.of())) {
                double outcome = switch (r.outcome()) {
                    case TRUE -> { hits++; yield 1.0; }
                    case FALSE -> { misses++; yield 0.0; }
                    case PARTLY -> { partly++; yield 0.5; }
                };
                Double p = kb.claim(r.claim()).map(Claim::probability).orElse(null);
                if (p != null) {
                    squared += (p - outcome) * (p - outcome);
                    stated++;
                }
            }
            int resolved = hits + misses + partly;
            Double mean = claims.isEmpty() ? null : sum / claims.size();
            Double factMean = facts == 0 ? null : factSum / facts;
            int selfC = selfContradictions.getOrDefault(sp.id(), 0);
            double hitRate = resolved == 0 ? 0 : (hits + 0.5 * partly) / resolved;
            Grading.Grade grade = grading.grade(claims.size(), mean, facts, factMean, resolved, hitRate, selfC);
            Map<String, Integer> kinds = new LinkedHashMap<>();
            byKind.forEach((k, v) -> kinds.put(k.wire(), v));
            Map<String, Integer> flagCounts = new LinkedHashMap<>();
            flags.forEach((k, v) -> flagCounts.put(k.name(), v));
            cards.add(new ReportCard(sp.id(), sp.name(), sp.regime(), claims.size() + listed.size(), kinds, mean, factMean, flagCounts,
                    selfC, flags.getOrDefault(Flag.PREDICTION_DUE, 0), hits, misses,
                    flags.getOrDefault(Flag.PREDICTION_PENDING, 0), stated == 0 ? null : squared / stated,
                    grade.letter(), grade.reason()));
        }
        return cards;
    }
}
