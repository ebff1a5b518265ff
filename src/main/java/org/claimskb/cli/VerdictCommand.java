package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimskb.index.DerivedState;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.Evidence;
import org.claimskb.scoring.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code claims verdict [PROPOSITION_ID]}: the credibility-weighted conclusion per proposition. */
@Command(name = "verdict", mixinStandardHelpOptions = true,
        description = {"Credibility-weighted conclusion for each proposition (or one), with the evidence for and "
                + "against. Each reviewed claim weighs credibility x verifiability; re-reports of one utterance "
                + "count once; drafts never count."})
public final class VerdictCommand extends KbCommand {
    @Parameters(arity = "0..1", paramLabel = "PROPOSITION_ID", description = "One proposition (default: all).")
    String proposition;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (DerivedState state = openState()) {
            Analysis analysis = Scored.analysis(state);
            if (proposition != null) {
                Scored.requireKnown("proposition", proposition,
                        analysis.verdicts().stream().map(Verdict::proposition).toList());
            }
            List<Verdict> shown = analysis.verdicts().stream()
                    .filter(v -> proposition == null || v.proposition().equals(proposition)).toList();
            if (common.json()) {
                printJson(toJson(shown));
            } else {
                print(shown, out);
            }
        }
        return ClaimsCommand.OK;
    }

    /** {@code {"verdicts": [{"proposition", "statement", "verdict", "score", "weight", "for", "against"}]}}, plus "evidence". */
    static Map<String, Object> toJson(List<Verdict> verdicts) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Verdict v : verdicts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("proposition", v.proposition());
            m.put("statement", v.statement());
            m.put("verdict", v.verdict().wire());
            m.put("score", Scored.round(v.score()));
            m.put("weight", Scored.round(v.weight()));
            m.put("for", v.evidenceFor().stream().map(Evidence::claim).toList());
            m.put("against", v.evidenceAgainst().stream().map(Evidence::claim).toList());
            List<Map<String, Object>> evidence = new ArrayList<>();
            for (Evidence e : concat(v)) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("claim", e.claim());
                x.put("position", e.position().wire());
                x.put("credibility", Scored.round(e.credibility()));
                x.put("weight", Scored.round(e.weight()));
                x.put("why", e.why());
                evidence.add(x);
            }
            m.put("evidence", evidence);
            list.add(m);
        }
        return Map.of("verdicts", list);
    }

    private static List<Evidence> concat(Verdict v) {
        List<Evidence> all = new ArrayList<>(v.evidenceFor());
        all.addAll(v.evidenceAgainst());
        return all;
    }

    private static void print(List<Verdict> verdicts, PrintWriter out) {
        if (verdicts.isEmpty()) {
            out.println("No propositions.");
        }
        for (Verdict v : verdicts) {
            out.printf(Locale.ROOT, "%s: %s (score %+.2f, weight %.2f)%n", v.proposition(), v.verdict().wire(),
                    v.score(), v.weight());
            out.println("  " + v.statement());
            for (Evidence e : concat(v)) {
                out.printf(Locale.ROOT, "  %-7s %.2f  %s  (%s)%n", e.position().wire(), e.weight(), e.claim(), e.why());
            }
        }
    }
}
