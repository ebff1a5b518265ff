package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.claimskb.factfile.Suggestions;
import org.claimskb.index.ClaimSearch.StoredClaim;
import org.claimskb.index.DerivedState;
import org.claimskb.model.Claim;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Source;
import org.claimskb.model.Speaker;
import org.claimskb.scoring.ClaimRef;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Disagreement;
import org.claimskb.scoring.Finding;
import org.claimskb.scoring.Revision;
import org.claimskb.scoring.Side;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code claims show ID}: one claim as a short card: what was said, by whom, where; its credibility
 * and every rule finding that makes it up; who disagrees and with what; the question it answers.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "One claim with its credibility, every rule finding about it and the score's breakdown, "
                + "the other sides of its disagreements and the question it answers.")
public final class ShowCommand extends KbCommand {
    @Parameters(paramLabel = "CLAIM_ID", description = "Global claim id <source-id>/<claim-id>, or a claim id that "
            + "is unique across sources.")
    String id;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (DerivedState state = openState()) {
            String global = resolve(state, id);
            StoredClaim claim = state.search().claim(global).orElseThrow();
            if (common.json()) {
                printJson(toJson(claim, state));
            } else {
                new Card(out, state.registry(), state).print(claim);
            }
        }
        return ClaimsCommand.OK;
    }

    /** The id as given, or the one global id whose local part it is. */
    private static String resolve(DerivedState state, String id) {
        if (state.search().claim(id).isPresent()) {
            return id;
        }
        // One lookup of the local id; all ids are listed only to suggest one for a misspelt id.
        List<String> bySuffix = state.search().withLocalId(id, 6);
        if (bySuffix.size() == 1) {
            return bySuffix.get(0);
        }
        if (bySuffix.size() > 1) {
            throw new UserError("claim id '" + id + "' is in several sources: " + String.join(", ", bySuffix.subList(0,
                    Math.min(5, bySuffix.size()))) + (bySuffix.size() > 5 ? " ..." : "") + "; give the full id");
        }
        throw new UserError("unknown claim '" + id + "'" + Suggestions.hint(id, state.search().claimIds()));
    }

    /** The claim's fact-file fields plus credibility, flags, prior, explanation and disagreements (cli.md). */
    static Map<String, Object> toJson(StoredClaim claim, DerivedState state) {
        var json = new LinkedHashMap<String, Object>(claim.fields());
        ClaimScore score = claim.score();
        json.put("credibility", score == null ? null : round(score.credibility()));
        json.put("flags", score == null ? List.of() : score.flags().stream().map(Enum::name).sorted().toList());
        json.put("prior", score == null ? null : round(score.prior()));
        var explanation = new ArrayList<Map<String, Object>>();
        if (score != null) {
            for (Finding f : score.findings()) {
                var e = new LinkedHashMap<String, Object>();
                e.put("rule", f.rule());
                e.put("flag", f.flag() == null ? null : f.flag().name());
                e.put("effect", f.effect());
                e.put("detail", f.detail());
                explanation.add(e);
            }
        }
        json.put("explanation", explanation);
        if (state.scored()) {
            String id = claim.claim().id();
            var disagreements = new ArrayList<Map<String, Object>>();
            for (Disagreement d : state.disagreementsOf(id)) {
                var m = new LinkedHashMap<String, Object>();
                m.put("kind", d.kind().wire());
                m.put("about", d.about());
                m.put("year", d.year());
                var others = new ArrayList<Map<String, Object>>();
                for (Side s : d.sides()) {
                    if (s.claimIds().contains(id)) {
                        continue;
                    }
                    for (ClaimRef r : s.claims()) {
                        var o = new LinkedHashMap<String, Object>();
                        o.put("side", s.label());
                        o.put("claim", r.id());
                        o.put("speaker", r.speaker());
                        o.put("value", r.value());
                        o.put("credibility", r.base());
                        others.add(o);
                    }
                }
                m.put("other_sides", others);
                disagreements.add(m);
            }
            json.put("disagreements", disagreements);
        }
        return json;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /**
     * The terminal card, from the stored claim, the registry (names, sources, propositions) and
     * the index (its question, its answers): no fact file is read.
     */
    private record Card(PrintWriter out, KnowledgeBase kb, DerivedState state) {
        void print(StoredClaim stored) {
            Map<String, Object> f = stored.fields();
            String id = (String) f.get("id");
            Claim claim = stored.claim();
            out.println(id);
            out.println("  \"" + f.get("text") + "\"");
            if (f.containsKey("quote")) {
                out.println("  quote: " + f.get("quote"));
            }
            out.println("  " + f.get("kind") + " by " + speaker((String) f.get("speaker")));
            if (claim != null) {
                kb.source(claim.sourceId()).ifPresent(s -> out.println("  in " + source(s, claim.at())));
            }
            details(f, claim);
            question(id, claim);
            ClaimScore s = stored.score();
            if (s == null) {
                out.println();
                out.println("  (unscored: the KB has no rules)");
                return;
            }
            explanation(s);
            if (state.scored()) {
                disagreements(id);
                revisions(id);
            }
        }

        private void details(Map<String, Object> f, Claim claim) {
            if (claim != null && claim.quantity() != null) {
                var q = claim.quantity();
                out.println("  quantity: " + q.metric() + " of " + q.subject() + " = " + q.valueText() + " " + q.unit()
                        + (q.scope() == null ? "" : " (" + q.scope() + ")"));
            }
            if (claim != null) {
                for (var st : claim.stances()) {
                    out.println("  argues " + st.position().wire() + ": " + kb.proposition(st.proposition())
                            .map(p -> p.statement()).orElse(st.proposition()));
                }
            }
            for (String key : List.of("when", "due", "probability", "topics", "favors", "harms", "about", "assessment",
                    "status")) {
                if (f.containsKey(key)) {
                    Object v = f.get(key);
                    out.println("  " + key + ": " + (v instanceof List<?> l ? String.join(", ", l.stream()
                            .map(Object::toString).toList()) : v));
                }
            }
        }

        private void question(String id, Claim claim) {
            if (claim == null) return;
            if (claim.replyTo() != null) {
                state.search().claim(claim.replyTo()).map(StoredClaim::claim).ifPresent(q -> out.println("  answers: " + speaker(q.speaker()) + ": \""
                        + q.text() + "\" [" + q.id() + "]"));
            }
            if (claim.question()) {
                List<Claim> answers = state.search().answersTo(id).stream().map(StoredClaim::claim).toList();
                for (Claim a : answers) {
                    out.println("  answered by " + speaker(a.speaker()) + ": \"" + a.text() + "\" [" + a.id() + "]");
                }
                out.println("  (a question argues nothing: it is never evidence)");
            }
        }

        private void explanation(ClaimScore s) {
            out.println();
            out.printf(Locale.ROOT, "Credibility %.2f (%s)%n", s.credibility(), words(s.credibility()));
            out.printf(Locale.ROOT, "  %+6.2f  prior: %s%n", s.prior(), s.priorDetail());
            for (Finding fi : s.findings()) {
                out.printf(Locale.ROOT, "  %+6.2f  %s%s: %s%n", fi.effect(), fi.rule(),
                        fi.flag() == null ? "" : " [" + fi.flag() + "]", fi.detail());
            }
            double sum = s.prior() + s.findings().stream().mapToDouble(Finding::effect).sum();
            out.printf(Locale.ROOT, "  ------%n  %+6.2f  log-odds in all; sigmoid(%.2f) = %.2f%n", sum, sum, s.credibility());
        }

        private void disagreements(String id) {
            List<Disagreement> mine = state.disagreementsOf(id);
            if (mine.isEmpty()) return;
            out.println();
            out.println("Disagreements:");
            for (Disagreement d : mine) {
                out.println("  " + d.about() + (d.year() == null ? "" : " (" + d.year() + ")"));
                for (Side s : d.sides()) {
                    if (s.claimIds().contains(id)) continue;
                    for (ClaimRef r : s.claims().subList(0, Math.min(3, s.claims().size()))) {
                        out.printf(Locale.ROOT, "    %s: %s, credibility %.2f  [%s]%n", name(r.speaker()),
                                r.value() != null ? r.value() : s.label(), r.base(), r.id());
                    }
                    if (s.claims().size() > 3) {
                        out.println("    and " + (s.claims().size() - 3) + " more on " + s.label());
                    }
                }
            }
        }

        private void revisions(String id) {
            for (Revision r : state.revisions()) {
                if (r.from().claim().equals(id) || r.to().claim().equals(id)) {
                    out.println();
                    out.println("Change of view: " + r.detail());
                }
            }
        }

        private String name(String id) {
            return kb.speaker(id).map(Speaker::name).orElse(id);
        }

        private String speaker(String id) {
            Optional<Speaker> s = kb.speaker(id);
            return s.map(sp -> sp.name() + (sp.role() == null ? "" : " (" + sp.role() + ")")).orElse(id);
        }

        private static String source(Source s, String at) {
            StringBuilder b = new StringBuilder();
            b.append(s.title() != null ? s.title() : s.id()).append(", ").append(s.kind().wire());
            if (s.venue() != null) b.append(", ").append(s.venue());
            b.append(", ").append(s.date());
            if (at != null) b.append(", at ").append(at);
            if (s.url() != null) b.append("\n     ").append(s.url());
            return b.toString();
        }

        /** The credibility in words, by the bands a reader uses. */
        private static String words(double c) {
            if (c >= 0.85) return "very likely true";
            if (c >= 0.65) return "likely true";
            if (c >= 0.45) return "uncertain";
            if (c >= 0.25) return "doubtful";
            return "very doubtful";
        }
    }
}
