package org.claimskb.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimskb.model.Claim;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Source;
import org.claimskb.model.Stance;
import org.claimskb.scoring.NumericAgreement;
import org.claimskb.units.Unit;
import org.claimskb.units.Units;

/**
 * The disagreement checks written by hand, for the rules benchmark's baseline: group stances by
 * proposition and year and quantities by key and year (values clustered by tolerance), total each
 * side once per utterance, and give every claim the opposing sides' totals without its own
 * speaker and its own side's total without its speaker and event. Hash maps only, one pass each.
 * It uses a fixed base credibility (the rules compute it first), so it is a lower bound on the
 * cost of the same checks, not a second implementation of the scores.
 */
final class HashJoinBaseline {
    private HashJoinBaseline() {}

    record Result(int groups, int weighed, double checksum) {}

    private record Member(String claim, String speaker, String event, double min, double max) {}

    static Result run(KnowledgeBase kb) {
        Map<String, Source> sources = new HashMap<>();
        kb.sources().forEach(s -> sources.put(s.id(), s));
        Map<String, Map<String, List<Member>>> stance = new HashMap<>();
        Map<String, List<Member>> numeric = new HashMap<>();
        for (Claim c : kb.claims()) {
            if (c.draft() || c.question()) continue;
            Source s = sources.get(c.sourceId());
            int year = c.when() != null ? c.when().year() : s.date().year();
            for (Stance st : c.stances()) {
                stance.computeIfAbsent(st.proposition() + "|" + year, k -> new HashMap<>())
                        .computeIfAbsent(st.position().wire(), k -> new ArrayList<>())
                        .add(new Member(c.id(), c.speaker(), s.eventKey(), 0, 0));
            }
            if (c.quantity() != null) {
                Unit u = Units.of(c.quantity().unit());
                String key = c.quantity().subject() + "|" + c.quantity().metric() + "|" + c.quantity().scope() + "|"
                        + u.dimension() + "|" + (c.when() == null ? "any" : c.when().year());
                numeric.computeIfAbsent(key, k -> new ArrayList<>()).add(new Member(c.id(), c.speaker(), s.eventKey(),
                        c.quantity().min() * u.toBase(), c.quantity().max() * u.toBase()));
            }
        }
        List<Map<String, List<Member>>> groups = new ArrayList<>(stance.values());
        for (List<Member> members : numeric.values()) {
            members.sort(Comparator.comparingDouble(Member::min));
            Map<String, List<Member>> sides = new HashMap<>();
            Member lowest = null;
            List<Member> current = null;
            for (Member m : members) {
                if (lowest == null || !NumericAgreement.agree(lowest.min(), lowest.max(), m.min(), m.max(), 0.10)) {
                    current = new ArrayList<>();
                    sides.put(Integer.toString(sides.size()), current);
                    lowest = m;
                }
                current.add(m);
            }
            groups.add(sides);
        }
        double checksum = 0;
        int weighed = 0;
        for (Map<String, List<Member>> sides : groups) {
            if (sides.size() < 2) continue;
            Map<String, Double> total = new HashMap<>();
            Map<String, Map<String, Double>> bySpeaker = new HashMap<>();
            Map<String, Map<String, Double>> byEvent = new HashMap<>();
            for (var side : sides.entrySet()) {
                Map<String, Double> utterances = new HashMap<>();
                for (Member m : side.getValue()) {
                    utterances.merge(m.speaker() + "@" + m.event(), 0.5, Math::max);
                }
                double t = 0;
                Map<String, Double> sp = new HashMap<>();
                Map<String, Double> ev = new HashMap<>();
                for (var u : utterances.entrySet()) {
                    t += u.getValue();
                    String[] parts = u.getKey().split("@", 2);
                    sp.merge(parts[0], u.getValue(), Double::sum);
                    ev.merge(parts[1], u.getValue(), Double::sum);
                }
                total.put(side.getKey(), t);
                bySpeaker.put(side.getKey(), sp);
                byEvent.put(side.getKey(), ev);
            }
            for (var side : sides.entrySet()) {
                for (Member m : side.getValue()) {
                    double opposing = 0;
                    for (var other : total.entrySet()) {
                        if (!other.getKey().equals(side.getKey())) {
                            opposing += other.getValue() - bySpeaker.get(other.getKey()).getOrDefault(m.speaker(), 0.0);
                        }
                    }
                    double own = total.get(side.getKey()) - bySpeaker.get(side.getKey()).getOrDefault(m.speaker(), 0.0)
                            - byEvent.get(side.getKey()).getOrDefault(m.event(), 0.0) + 0.5;
                    checksum += opposing + own;
                    weighed++;
                }
            }
        }
        return new Result(groups.size(), weighed, checksum);
    }
}
