package org.claimskb.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.claimskb.model.Claim;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.PartialDate;
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
 * One verdict per proposition (scoring.md v2, "the verdict"), for one year, aggregated from final
 * claim scores with the arithmetic of {@link VerdictMath}.
 *
 * <p>Evidence is every reviewed claim with a stance on the proposition, said up to the as-of date;
 * drafts and questions are left out. A stance is about its {@code when}'s year, or its event's.
 * Within a year:
 * <ul>
 *   <li>each speaker's latest view counts: claims from an earlier event of the same speaker
 *       are listed with weight 0 and say which later claim supersedes them;</li>
 *   <li>re-reports of one utterance (same event, same speaker, same position) count once: the
 *       heaviest carries the weight, the others are listed with weight 0.</li>
 * </ul>
 * The verdict shown is for the latest year with evidence that is not after the as-of date's year
 * (or, when all evidence is about later years, the earliest of them); the timeline has one
 * entry per year with evidence. Verdicts are listed heaviest evidence first.
 */
final class VerdictBuilder {
    private VerdictBuilder() {}

    /** One stance of one claim, with what is needed to weigh it. */
    private record Item(Claim claim, Stance stance, int year, PartialDate said, String event, Evidence evidence) {}

    static List<Verdict> verdicts(KnowledgeBase kb, Map<String, ClaimScore> scores, LocalDate asOf, VerdictMath math) {
        Map<String, Map<Integer, List<Item>>> byProposition = new HashMap<>();
        for (Claim c : kb.claims()) {
            if (!Groups.weighed(c) || c.stances().isEmpty()) continue;
            Source src = kb.source(c.sourceId()).orElse(null);
            PartialDate said = src == null ? null : src.date();
            if (said != null && said.start().isAfter(asOf)) continue;
            int year = c.when() != null ? c.when().year() : said != null ? said.year() : asOf.getYear();
            ClaimScore s = scores.get(c.id());
            double factor = math.verifiabilityFactor(s.flags());
            double weight = s.credibility() * factor;
            for (Stance st : c.stances()) {
                Evidence e = new Evidence(c.id(), st.position(), s.credibility(), weight, String.format(Locale.ROOT,
                        "credibility %.2f x verifiability %.2f", s.credibility(), factor));
                byProposition.computeIfAbsent(st.proposition(), k -> new TreeMap<>())
                        .computeIfAbsent(year, k -> new ArrayList<>())
                        .add(new Item(c, st, year, said, src == null ? c.sourceId() : src.eventKey(), e));
            }
        }
        List<Verdict> verdicts = new ArrayList<>();
        for (Proposition p : kb.propositions()) {
            Map<Integer, List<Item>> years = byProposition.getOrDefault(p.id(), Map.of());
            if (years.isEmpty()) {
                verdicts.add(new Verdict(p.id(), p.statement(), math.band(0, 0), 0, 0, List.of(), List.of(),
                        null, List.of()));
                continue;
            }
            List<Verdict.YearVerdict> timeline = new ArrayList<>();
            Map<Integer, YearResult> results = new TreeMap<>();
            for (var y : years.entrySet()) {
                YearResult r = weigh(y.getValue(), math);
                results.put(y.getKey(), r);
                timeline.add(new Verdict.YearVerdict(y.getKey(), r.band, r.score, r.total));
            }
            int shown = shownYear(results.keySet(), asOf);
            YearResult r = results.get(shown);
            verdicts.add(new Verdict(p.id(), p.statement(), r.band, r.score, r.total, r.forList, r.againstList, shown,
                    timeline.size() > 1 ? timeline : List.of()));
        }
        verdicts.sort(Comparator.comparingDouble(Verdict::weight).reversed().thenComparing(Verdict::proposition));
        return verdicts;
    }

    /** The latest year not after the as-of date's, else the earliest. */
    private static int shownYear(Iterable<Integer> years, LocalDate asOf) {
        Integer latest = null, earliest = null;
        for (int y : years) {
            if (earliest == null || y < earliest) earliest = y;
            if (y <= asOf.getYear() && (latest == null || y > latest)) latest = y;
        }
        return latest != null ? latest : earliest;
    }

    private record YearResult(VerdictBand band, double score, double total, List<Evidence> forList,
                              List<Evidence> againstList) {}

    private static YearResult weigh(List<Item> items, VerdictMath math) {
        // each speaker's latest view: the latest date they spoke on it this year
        Map<String, PartialDate> latestBySpeaker = new HashMap<>();
        Map<String, String> latestClaim = new HashMap<>();
        for (Item i : items) {
            String sp = i.claim().speaker();
            PartialDate d = latestBySpeaker.get(sp);
            if (d == null || (i.said() != null && i.said().compareTo(d) > 0)) {
                latestBySpeaker.put(sp, i.said());
                latestClaim.put(sp, i.claim().id());
            }
        }
        // utterance|position -> the evidence that counts for it
        Map<String, Evidence> counted = new HashMap<>();
        Map<Item, Evidence> shown = new IdentityHashMap<>();
        for (Item i : items) {
            PartialDate latest = latestBySpeaker.get(i.claim().speaker());
            if (latest != null && i.said() != null && i.said().compareTo(latest) < 0) {
                Evidence e = i.evidence();
                shown.put(i, new Evidence(e.claim(), e.position(), e.credibility(), 0, "superseded by the speaker's later view "
                        + latestClaim.get(i.claim().speaker())));
                continue;
            }
            String key = i.claim().speaker() + "@" + i.event() + "|" + i.stance().position();
            Evidence prior = counted.get(key);
            if (prior == null || i.evidence().weight() > prior.weight()) {
                counted.put(key, i.evidence());
            }
        }
        for (Item i : items) {
            if (shown.containsKey(i)) continue;
            String key = i.claim().speaker() + "@" + i.event() + "|" + i.stance().position();
            Evidence winner = counted.get(key);
            Evidence e = i.evidence();
            shown.put(i, e == winner ? e : new Evidence(e.claim(), e.position(), e.credibility(), 0,
                    "re-report of the utterance counted as " + winner.claim() + " (same event and speaker)"));
        }
        List<Evidence> forList = new ArrayList<>();
        List<Evidence> againstList = new ArrayList<>();
        double wFor = 0, wAgainst = 0;
        for (Item i : items) {
            Evidence e = shown.get(i);
            if (e.position() == Position.FOR) {
                forList.add(e);
                wFor += e.weight();
            } else {
                againstList.add(e);
                wAgainst += e.weight();
            }
        }
        Comparator<Evidence> heaviest = Comparator.comparingDouble(Evidence::weight).reversed()
                .thenComparing(Evidence::claim);
        forList.sort(heaviest);
        againstList.sort(heaviest);
        double total = wFor + wAgainst;
        double score = math.score(wFor, wAgainst);
        return new YearResult(math.band(score, total), Findings.round(score), Findings.round(total), forList,
                againstList);
    }
}
