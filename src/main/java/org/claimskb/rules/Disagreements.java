package org.claimskb.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.claimskb.model.Claim;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Proposition;
import org.claimskb.model.Quantity;
import org.claimskb.model.Speaker;
import org.claimskb.scoring.ClaimRef;
import org.claimskb.scoring.DisagreementKind;
import org.claimskb.scoring.NumericAgreement;
import org.claimskb.scoring.NumericDisagreement;
import org.claimskb.scoring.Revision;
import org.claimskb.scoring.SelfContradiction;
import org.claimskb.scoring.Side;
import org.claimskb.scoring.StanceDisagreement;

/**
 * Lists what the groups of {@link Groups} mean for a reader (scoring.md v2): each disagreement
 * once, with its sides; each self-contradiction; each revision. The same definitions as the rules'
 * ({@code disagreement.drl} and {@code SideTotal}): a side counts each utterance once at base
 * credibility; a speaker on two sides in one text, or at two events of one date, contradicts
 * themselves; on two sides at different times, has revised their view.
 */
final class Disagreements {
    /** What the listing holds. */
    record Listing(List<StanceDisagreement> stance, List<NumericDisagreement> numeric,
                   List<SelfContradiction> selfContradictions, List<Revision> revisions) {}

    private final KnowledgeBase kb;
    private final Map<String, Double> base;

    private final double tolerance;

    private Disagreements(KnowledgeBase kb, Map<String, Double> base, double tolerance) {
        this.kb = kb;
        this.base = base;
        this.tolerance = tolerance;
    }

    static Listing of(KnowledgeBase kb, List<Groups.Group> groups, Map<String, Double> base, double tolerance) {
        return new Disagreements(kb, base, tolerance).list(groups);
    }

    private Listing list(List<Groups.Group> groups) {
        List<StanceDisagreement> stance = new ArrayList<>();
        List<NumericDisagreement> numeric = new ArrayList<>();
        List<SelfContradiction> self = new ArrayList<>();
        for (Groups.Group g : groups) {
            if (g.disputed()) {
                List<Side> sides = sides(g);
                if (g.kind() == DisagreementKind.STANCE) {
                    Proposition p = kb.proposition(g.about()).orElse(null);
                    stance.add(new StanceDisagreement(g.about(), p == null ? g.about() : p.statement(), g.year(), sides,
                            detail(sides)));
                } else {
                    Quantity q = g.sample();
                    String scope = q.scope() == null || q.scope().isBlank() ? null : q.scope().strip();
                    numeric.add(new NumericDisagreement(q.subject(), q.metric(), scope, g.year(), sides,
                            numericDetail(g, sides)));
                }
            }
            self.addAll(selfContradictions(g));
        }
        return new Listing(stance, numeric, self, revisions(groups));
    }

    // ---- sides ----

    private List<Side> sides(Groups.Group g) {
        List<Side> sides = new ArrayList<>();
        for (var e : g.sides().entrySet()) {
            List<Groups.Member> members = new ArrayList<>(e.getValue());
            members.sort(Comparator.comparingDouble((Groups.Member m) -> -base(m.id())).thenComparing(Groups.Member::id));
            Map<String, Double> utterances = new HashMap<>();
            Set<String> speakers = new LinkedHashSet<>();
            List<ClaimRef> refs = new ArrayList<>();
            for (Groups.Member m : members) {
                utterances.merge(m.speaker() + "@" + m.event(), base(m.id()), Math::max);
                speakers.add(m.speaker());
                refs.add(ref(m));
            }
            double weight = utterances.values().stream().mapToDouble(Double::doubleValue).sum();
            String label = g.kind() == DisagreementKind.STANCE ? e.getKey() : values(members);
            sides.add(new Side(label, refs, List.copyOf(speakers), Findings.round(weight)));
        }
        sides.sort(Comparator.comparingDouble(Side::weight).reversed().thenComparing(Side::label));
        return sides;
    }

    private ClaimRef ref(Groups.Member m) {
        Quantity q = m.quantity();
        return new ClaimRef(m.id(), m.speaker(), m.claim().text(), q == null ? null : q.valueText() + " " + q.unit(),
                Findings.round(base(m.id())));
    }

    /** {@code 3000 lb}, or {@code 3000 lb, 1.5 short-ton}: the distinct values as stated, at most three. */
    private static String values(List<Groups.Member> members) {
        Set<String> values = new LinkedHashSet<>();
        for (Groups.Member m : members) {
            values.add(m.quantity().valueText() + " " + m.quantity().unit());
        }
        List<String> list = new ArrayList<>(values);
        if (list.size() <= 3) {
            return String.join(", ", list);
        }
        return String.join(", ", list.subList(0, 3)) + " and " + (list.size() - 3) + " more";
    }

    /** {@code for: Gavin Baker, Jensen Huang vs against: Dylan Patel}. */
    private String detail(List<Side> sides) {
        List<String> parts = new ArrayList<>();
        for (Side s : sides) {
            parts.add(s.label() + " (" + who(s) + ")");
        }
        return String.join(" vs ", parts);
    }

    /**
     * {@code 3000 lb (Gavin Baker) vs 3 short-ton = 6000 lb (Dylan Patel)}: each side's strongest
     * value, converted to the heaviest side's unit where the units differ, so the comparison made is visible.
     */
    private String numericDetail(Groups.Group g, List<Side> sides) {
        Map<String, Groups.Member> byId = new HashMap<>();
        g.sides().values().forEach(list -> list.forEach(m -> byId.put(m.id(), m)));
        Quantity reference = byId.get(sides.get(0).strongest().id()).quantity();
        org.claimskb.units.Unit refUnit = org.claimskb.units.Units.of(reference.unit());
        List<String> parts = new ArrayList<>();
        for (Side s : sides) {
            Groups.Member m = byId.get(s.strongest().id());
            String text = m.quantity().valueText() + " " + m.quantity().unit();
            if (!org.claimskb.units.Units.of(m.quantity().unit()).symbol().equals(refUnit.symbol())) {
                double lo = m.baseMin() / refUnit.toBase(), hi = m.baseMax() / refUnit.toBase();
                text += " = " + Quantity.format(lo) + (lo == hi ? "" : "-" + Quantity.format(hi)) + " " + reference.unit();
            }
            parts.add(text + " (" + who(s) + ")");
        }
        return String.join(" vs ", parts);
    }

    /** {@code Gavin Baker, Jensen Huang}, or the first three names {@code and 2 more}. */
    private String who(Side s) {
        List<String> names = s.speakers().stream().map(this::name).toList();
        return names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
    }

    private String name(String speaker) {
        return kb.speaker(speaker).map(Speaker::name).orElse(speaker);
    }

    private double base(String claim) {
        return base.getOrDefault(claim, 0.5);
    }

    // ---- self-contradictions ----

    /** Per speaker on two sides of the group: the claims that meet another side at the same time. */
    private List<SelfContradiction> selfContradictions(Groups.Group g) {
        if (g.sides().size() < 2) {
            return List.of();
        }
        // speaker -> side -> members
        Map<String, Map<String, List<Groups.Member>>> bySpeaker = new LinkedHashMap<>();
        for (var e : g.sides().entrySet()) {
            for (Groups.Member m : e.getValue()) {
                bySpeaker.computeIfAbsent(m.speaker(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(m);
            }
        }
        List<SelfContradiction> out = new ArrayList<>();
        for (var e : bySpeaker.entrySet()) {
            if (e.getValue().size() < 2) continue;
            List<ClaimRef> involved = new ArrayList<>();
            for (var side : e.getValue().entrySet()) {
                Set<String> sources = new HashSet<>();
                Map<PartialDate, Set<String>> eventsByDate = new HashMap<>();
                for (var other : e.getValue().entrySet()) {
                    if (other.getKey().equals(side.getKey())) continue;
                    for (Groups.Member m : other.getValue()) {
                        sources.add(m.claim().sourceId());
                        eventsByDate.computeIfAbsent(m.said(), k -> new HashSet<>()).add(m.event());
                    }
                }
                for (Groups.Member m : side.getValue()) {
                    Set<String> events = eventsByDate.get(m.said());
                    boolean sameTime = sources.contains(m.claim().sourceId())
                            || (events != null && (events.size() > 1 || !events.contains(m.event())));
                    if (sameTime) {
                        involved.add(ref(m));
                    }
                }
            }
            if (involved.size() >= 2) {
                String about = about(g);
                out.add(new SelfContradiction(e.getKey(), g.kind(), about, g.year(), involved, name(e.getKey())
                        + " takes both sides of " + about + (g.year() == null ? "" : " about " + g.year()) + ": "
                        + involved.stream().map(r -> r.id() + (r.value() == null ? "" : " (" + r.value() + ")"))
                        .reduce((a, b) -> a + ", " + b).orElse("")));
            }
        }
        return out;
    }

    private static String about(Groups.Group g) {
        return g.kind() == DisagreementKind.STANCE ? g.about() : quantityText(g.sample());
    }

    /** {@code weight of nvidia-blackwell-rack (GB200 NVL72 rack)}. */
    private static String quantityText(Quantity q) {
        return q.metric() + " of " + q.subject() + (q.scope() == null || q.scope().isBlank() ? "" : " (" + q.scope().strip() + ")");
    }

    // ---- revisions ----

    /** One view of one speaker in time order. */
    private record Step(Groups.Member member, Integer year, PartialDate said, String position) {}

    private List<Revision> revisions(List<Groups.Group> groups) {
        // speaker|kind|about -> the speaker's views, each claim once
        Map<String, Map<String, Step>> views = new LinkedHashMap<>();
        for (Groups.Group g : groups) {
            for (var side : g.sides().entrySet()) {
                for (Groups.Member m : side.getValue()) {
                    String key = m.speaker() + "\u0000" + g.kind().wire() + "\u0000" + g.about();
                    String position = g.kind() == DisagreementKind.STANCE ? side.getKey() : null;
                    Integer year = m.year();
                    views.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .putIfAbsent(m.id() + "|" + position, new Step(m, year, m.said(), position));
                }
            }
        }
        List<Revision> out = new ArrayList<>();
        for (var e : views.entrySet()) {
            if (e.getValue().size() < 2) continue;
            String[] parts = e.getKey().split("\u0000", -1);
            DisagreementKind kind = parts[1].equals(DisagreementKind.STANCE.wire()) ? DisagreementKind.STANCE
                    : DisagreementKind.NUMERIC;
            List<Step> steps = new ArrayList<>(e.getValue().values());
            steps.sort(Comparator.comparing((Step s) -> timeOf(s)).thenComparing(s -> s.said() == null ? "" : s.said().toString())
                    .thenComparing(s -> s.member().id()));
            Step last = null;
            for (Step s : steps) {
                boolean sameTime = last != null && Objects.equals(last.year(), s.year())
                        && Objects.equals(last.said(), s.said());
                if (last != null && !sameTime && differ(kind, last, s)) {
                    out.add(revision(parts[0], kind, parts[2], last, s));
                }
                last = s;
            }
        }
        return out;
    }

    /** Order of views: the year they are about (standing quantities by the year they were said), then the date said. */
    private static int timeOf(Step s) {
        if (s.year() != null) return s.year();
        return s.said() == null ? 0 : s.said().year();
    }

    private boolean differ(DisagreementKind kind, Step a, Step b) {
        if (kind == DisagreementKind.STANCE) {
            return !a.position().equals(b.position());
        }
        Groups.Member x = a.member(), y = b.member();
        return !NumericAgreement.agree(x.baseMin(), x.baseMax(), y.baseMin(), y.baseMax(), tolerance);
    }

    private Revision revision(String speaker, DisagreementKind kind, String about, Step from, Step to) {
        Revision.View a = view(kind, from);
        Revision.View b = view(kind, to);
        String what = kind == DisagreementKind.STANCE
                ? kb.proposition(about).map(Proposition::statement).orElse(about)
                : quantityText(from.member().quantity());
        String detail = String.format(Locale.ROOT, "%s: %s %s (%s), %s %s (%s)", name(speaker),
                a.position(), a.when(), from.member().id(), b.position(), b.when(), to.member().id());
        return new Revision(speaker, kind, kind == DisagreementKind.STANCE ? about : keyText(from.member()), a, b,
                detail + " on: " + what);
    }

    private static Revision.View view(DisagreementKind kind, Step s) {
        Claim c = s.member().claim();
        String position = kind == DisagreementKind.STANCE ? s.position()
                : c.quantity().valueText() + " " + c.quantity().unit();
        String when = s.year() != null ? Integer.toString(s.year()) : s.said() == null ? "undated" : "said " + s.said();
        return new Revision.View(c.id(), when, s.said() == null ? null : s.said().toString(), position, c.text());
    }

    private static String keyText(Groups.Member m) {
        Quantity q = m.quantity();
        return q.subject() + "|" + q.metric() + "|" + (q.scope() == null ? "" : q.scope().strip());
    }
}
