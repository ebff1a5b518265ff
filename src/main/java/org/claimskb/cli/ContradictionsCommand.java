package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimskb.index.DerivedState;
import org.claimskb.scoring.ClaimRef;
import org.claimskb.scoring.Disagreement;
import org.claimskb.scoring.NumericDisagreement;
import org.claimskb.scoring.ReportCard;
import org.claimskb.scoring.Revision;
import org.claimskb.scoring.SelfContradiction;
import org.claimskb.scoring.Side;
import org.claimskb.scoring.StanceDisagreement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claims contradictions [--speaker ID]}: disagreement groups, self-contradictions and revisions (cli.md v2). */
@Command(name = "contradictions", mixinStandardHelpOptions = true,
        description = {"Disagreements, each listed once: speakers on opposite sides of one proposition about one "
                + "year (stance), or giving one quantity values apart beyond 10%% after unit conversion (numeric); "
                + "then self-contradictions (one speaker on two sides at one time) and revisions (a speaker's "
                + "change of view over time, never a contradiction)."})
public final class ContradictionsCommand extends KbCommand {
    @Option(names = "--speaker", paramLabel = "ID", description = "Only what this speaker takes part in.")
    String speaker;

    /** Claims shown per side in the terminal; the JSON lists them all. */
    private static final int SHOWN_PER_SIDE = 2;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (DerivedState state = openState()) {
            List<ReportCard> cards = Scored.require(state).reportCards();
            if (speaker != null) {
                Scored.requireKnown("speaker", speaker, cards.stream().map(ReportCard::id).toList());
            }
            List<Disagreement> groups = state.disagreements(speaker);
            List<SelfContradiction> self = state.selfContradictions().stream()
                    .filter(c -> speaker == null || c.speaker().equals(speaker)).toList();
            List<Revision> revisions = state.revisions().stream()
                    .filter(r -> speaker == null || r.speaker().equals(speaker)).toList();
            if (common.json()) {
                printJson(toJson(groups, self, revisions));
            } else {
                // Speaker names from the analysis' report cards: no fact file is parsed to print.
                Map<String, String> names = new LinkedHashMap<>();
                cards.forEach(c -> names.put(c.id(), c.name()));
                new Printer(out, names).print(groups, self, revisions);
            }
        }
        return ClaimsCommand.OK;
    }

    /** The v2 document: {@code {"contradictions": [...], "revisions": [...]}} (cli.md). */
    static Map<String, Object> toJson(List<Disagreement> groups, List<SelfContradiction> self, List<Revision> revisions) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Disagreement d : groups) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind().wire());
            if (d instanceof StanceDisagreement s) {
                m.put("proposition", s.proposition());
                m.put("statement", s.statement());
            } else if (d instanceof NumericDisagreement n) {
                m.put("subject", n.subject());
                m.put("metric", n.metric());
                m.put("scope", n.scope());
            }
            m.put("year", d.year());
            m.put("claims", d.claims());
            m.put("speakers", d.speakers());
            List<Map<String, Object>> sides = new ArrayList<>();
            for (Side side : d.sides()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put(d instanceof StanceDisagreement ? "position" : "value", side.label());
                sm.put("claims", side.claimIds());
                sm.put("speakers", side.speakers());
                sm.put("weight", side.weight());
                sm.put("strongest", claim(side.strongest()));
                sides.add(sm);
            }
            m.put("sides", sides);
            m.put("detail", d.detail());
            items.add(m);
        }
        for (SelfContradiction c : self) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", "self");
            m.put("about", c.about());
            m.put("year", c.year());
            m.put("claims", c.claims().stream().map(ClaimRef::id).toList());
            m.put("speakers", List.of(c.speaker()));
            m.put("detail", c.detail());
            items.add(m);
        }
        List<Map<String, Object>> revs = new ArrayList<>();
        for (Revision r : revisions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("speaker", r.speaker());
            m.put("kind", r.kind().wire());
            m.put(r.kind().wire().equals("stance") ? "proposition" : "quantity", r.about());
            m.put("from", view(r.from()));
            m.put("to", view(r.to()));
            m.put("detail", r.detail());
            revs.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("contradictions", items);
        doc.put("revisions", revs);
        return doc;
    }

    private static Map<String, Object> claim(ClaimRef r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("speaker", r.speaker());
        m.put("text", r.text());
        if (r.value() != null) {
            m.put("value", r.value());
        }
        m.put("credibility", r.base());
        return m;
    }

    private static Map<String, Object> view(Revision.View v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("claim", v.claim());
        m.put("when", v.when());
        m.put("said", v.said());
        m.put("position", v.position());
        m.put("text", v.text());
        return m;
    }

    /** The terminal listing: each group once, sides with their speakers and strongest claims. */
    private record Printer(PrintWriter out, Map<String, String> names) {
        void print(List<Disagreement> groups, List<SelfContradiction> self, List<Revision> revisions) {
            if (groups.isEmpty() && self.isEmpty() && revisions.isEmpty()) {
                out.println("No disagreements, self-contradictions or revisions found.");
                return;
            }
            int n = 0;
            for (Disagreement d : groups) {
                n++;
                out.printf(Locale.ROOT, "%d. [%s%s] %s%n", n, d.kind().wire(), d.year() == null ? "" : ", " + d.year(),
                        d.about());
                for (Side side : d.sides()) {
                    out.printf(Locale.ROOT, "   %s: %s (weight %.2f)%n", side.label(), names(side.speakers()), side.weight());
                    List<ClaimRef> claims = side.claims();
                    for (int i = 0; i < Math.min(SHOWN_PER_SIDE, claims.size()); i++) {
                        ClaimRef c = claims.get(i);
                        out.printf(Locale.ROOT, "     - %s: \"%s\"%s  credibility %.2f  [%s]%n", name(c.speaker()),
                                c.text(), c.value() == null ? "" : " (" + c.value() + ")", c.base(), c.id());
                    }
                    if (claims.size() > SHOWN_PER_SIDE) {
                        out.printf(Locale.ROOT, "     and %d more claim%s%n", claims.size() - SHOWN_PER_SIDE,
                                claims.size() - SHOWN_PER_SIDE == 1 ? "" : "s");
                    }
                }
                out.println();
            }
            if (!self.isEmpty()) {
                out.println("Self-contradictions (one speaker on two sides at one time):");
                for (SelfContradiction c : self) {
                    out.println("  - " + c.detail());
                }
                out.println();
            }
            if (!revisions.isEmpty()) {
                out.println("Revisions (a change of view over time, not a contradiction):");
                for (Revision r : revisions) {
                    out.println("  - " + r.detail());
                }
                out.println();
            }
            out.printf(Locale.ROOT, "%d disagreement%s, %d self-contradiction%s, %d revision%s.%n",
                    groups.size(), groups.size() == 1 ? "" : "s", self.size(), self.size() == 1 ? "" : "s",
                    revisions.size(), revisions.size() == 1 ? "" : "s");
        }

        private String name(String speaker) {
            return names.getOrDefault(speaker, speaker);
        }

        private String names(List<String> speakers) {
            List<String> names = speakers.stream().map(this::name).toList();
            return names.size() <= 4 ? String.join(", ", names)
                    : String.join(", ", names.subList(0, 4)) + " and " + (names.size() - 4) + " more";
        }
    }
}
