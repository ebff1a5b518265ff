package org.claimskb.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.claimskb.model.Claim;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Position;
import org.claimskb.model.Quantity;
import org.claimskb.model.Source;
import org.claimskb.model.Stance;
import org.claimskb.scoring.DisagreementKind;
import org.claimskb.scoring.NumericAgreement;
import org.claimskb.units.Unit;
import org.claimskb.units.Units;

/**
 * Disagreement groups (scoring.md v2, "Time frames" and "Disagreements"), computed once from the
 * knowledge base in time linear in its claims (plus a sort of each numeric group's values):
 * <ul>
 *   <li>a <b>stance group</b> is one proposition in one year; its sides are {@code for} and
 *       {@code against}. A stance's year is its {@code when}'s, or else its event's: a view judges
 *       the world as it was when it was said;</li>
 *   <li>a <b>numeric group</b> is one {@code subject|metric|scope|dimension} key in one year; a
 *       quantity without {@code when} is a standing property that takes part in every year of its
 *       key, or forms one undated group when no quantity of its key is dated. Its sides are the
 *       clusters of values that agree within the table's {@code numeric_tolerance} ({@link NumericAgreement}): sorted by value,
 *       a value joins the current cluster when it agrees with the cluster's lowest value.</li>
 * </ul>
 * Reviewed claims only: drafts are shown but never weighed, and questions argue nothing.
 */
final class Groups {
    private Groups() {}

    /** One claim in one group. */
    record Member(Claim claim, String event, PartialDate said, Integer year, Quantity quantity,
                  double baseMin, double baseMax) {
        String speaker() {
            return claim.speaker();
        }

        String id() {
            return claim.id();
        }
    }

    /**
     * One group.
     *
     * @param about  the proposition id, or the quantity key {@code subject|metric|scope|dimension}
     * @param year   the year, or null for an undated numeric group
     * @param sides  side name to members; stance sides are {@code for}/{@code against}, numeric
     *               ones {@code 1}, {@code 2}, ... from the lowest value up
     */
    record Group(String id, DisagreementKind kind, String about, Quantity sample, Integer year,
                 Map<String, List<Member>> sides) {
        /** Whether the group is a disagreement: two sides or more, two speakers or more. */
        boolean disputed() {
            if (sides.size() < 2) {
                return false;
            }
            String first = null;
            for (List<Member> members : sides.values()) {
                for (Member m : members) {
                    if (first == null) {
                        first = m.speaker();
                    } else if (!first.equals(m.speaker())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Whether a claim can be weighed against others: reviewed, and not a question. */
    static boolean weighed(Claim c) {
        return !c.draft() && c.kind().argues();
    }

    static List<Group> of(KnowledgeBase kb, double tolerance) {
        List<Group> groups = new ArrayList<>();
        stanceGroups(kb, groups);
        numericGroups(kb, groups, tolerance);
        return groups;
    }

    private static void stanceGroups(KnowledgeBase kb, List<Group> out) {
        Map<String, Map<String, List<Member>>> byKey = new LinkedHashMap<>();
        Map<String, Integer> years = new HashMap<>();
        Map<String, String> propositions = new HashMap<>();
        for (Claim c : kb.claims()) {
            if (!weighed(c) || c.stances().isEmpty()) continue;
            Source s = kb.source(c.sourceId()).orElse(null);
            PartialDate said = s == null ? null : s.date();
            Integer year = c.when() != null ? Integer.valueOf(c.when().year()) : said == null ? null : said.year();
            Member m = new Member(c, event(c, s), said, year, null, 0, 0);
            for (Stance st : c.stances()) {
                String key = "stance|" + st.proposition() + "|" + (year == null ? "any" : year);
                years.put(key, year);
                propositions.put(key, st.proposition());
                Map<String, List<Member>> sides = byKey.computeIfAbsent(key, k -> new LinkedHashMap<>());
                sides.computeIfAbsent(st.position().wire(), k -> new ArrayList<>()).add(m);
            }
        }
        for (var e : byKey.entrySet()) {
            Map<String, List<Member>> sides = new LinkedHashMap<>();
            for (Position p : Position.values()) {
                List<Member> list = e.getValue().get(p.wire());
                if (list != null) sides.put(p.wire(), List.copyOf(list));
            }
            out.add(new Group(e.getKey(), DisagreementKind.STANCE, propositions.get(e.getKey()), null,
                    years.get(e.getKey()), sides));
        }
    }

    private static void numericGroups(KnowledgeBase kb, List<Group> out, double tolerance) {
        Map<String, List<Member>> byKey = new LinkedHashMap<>();
        for (Claim c : kb.claims()) {
            Quantity q = c.quantity();
            if (!weighed(c) || q == null) continue;
            Unit unit = Units.of(q.unit());
            Source s = kb.source(c.sourceId()).orElse(null);
            Integer year = c.when() == null ? null : c.when().year();
            byKey.computeIfAbsent(keyOf(q, unit.dimension()), k -> new ArrayList<>()).add(new Member(c, event(c, s),
                    s == null ? null : s.date(), year, q, q.min() * unit.toBase(), q.max() * unit.toBase()));
        }
        for (var e : byKey.entrySet()) {
            List<Member> undated = new ArrayList<>();
            Map<Integer, List<Member>> byYear = new LinkedHashMap<>();
            for (Member m : e.getValue()) {
                if (m.year() == null) {
                    undated.add(m);
                } else {
                    byYear.computeIfAbsent(m.year(), k -> new ArrayList<>()).add(m);
                }
            }
            if (byYear.isEmpty()) {
                out.add(numericGroup(e.getKey(), null, undated, tolerance));
                continue;
            }
            for (Integer year : new TreeSet<>(byYear.keySet())) {
                List<Member> members = new ArrayList<>(byYear.get(year));
                members.addAll(undated);
                out.add(numericGroup(e.getKey(), year, members, tolerance));
            }
        }
    }

    private static Group numericGroup(String key, Integer year, List<Member> members, double tolerance) {
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparingDouble(Member::baseMin).thenComparingDouble(Member::baseMax)
                .thenComparing(Member::id));
        Map<String, List<Member>> sides = new LinkedHashMap<>();
        List<Member> current = null;
        Member lowest = null;
        for (Member m : sorted) {
            if (lowest == null || !NumericAgreement.agree(lowest.baseMin(), lowest.baseMax(), m.baseMin(), m.baseMax(), tolerance)) {
                current = new ArrayList<>();
                sides.put(Integer.toString(sides.size() + 1), current);
                lowest = m;
            }
            current.add(m);
        }
        Quantity sample = sorted.get(0).quantity();
        return new Group("numeric|" + key + "|" + (year == null ? "any" : year), DisagreementKind.NUMERIC, key,
                sample, year, sides);
    }

    /** The join key for a quantity: subject, metric, scope (or none) and dimension. */
    static String keyOf(Quantity q, String dimension) {
        String scope = q.scope() == null || q.scope().isBlank() ? "\u2205" : "=" + q.scope().strip();
        return q.subject() + "|" + q.metric() + "|" + scope + "|" + dimension;
    }

    private static String event(Claim c, Source s) {
        return s == null ? c.sourceId() : s.eventKey();
    }

    /** The distinct speakers of some members, in order. */
    static Set<String> speakers(List<Member> members) {
        Set<String> out = new java.util.LinkedHashSet<>();
        members.forEach(m -> out.add(m.speaker()));
        return out;
    }
}
