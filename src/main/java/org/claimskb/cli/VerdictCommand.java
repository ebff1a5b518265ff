package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimskb.index.DerivedState;
import org.claimskb.scoring.Evidence;
import org.claimskb.scoring.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claims verdict [PROPOSITION_ID]}: the credibility-weighted conclusion per proposition. */
@Command(name = "verdict", mixinStandardHelpOptions = true,
        description = {"Credibility-weighted conclusion for each proposition (or one), heaviest evidence first, "
                + "for the latest year with evidence, with the earlier years as a timeline. Each reviewed claim "
                + "weighs credibility x verifiability; each speaker's latest view of a year counts; re-reports of "
                + "one utterance count once; drafts and questions never count."})
public final class VerdictCommand extends KbCommand {
    @Parameters(arity = "0..1", paramLabel = "PROPOSITION_ID", description = "One proposition (default: all).")
    String proposition;

    @Option(names = "--limit", paramLabel = "N", description = "Show at most N verdicts (default: all).")
    Integer limit;

    /** Evidence lines printed per side in the terminal; the JSON lists all. */
    private static final int SHOWN_PER_SIDE = 3;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (DerivedState state = openState()) {
            List<Verdict> verdicts = Scored.require(state).verdicts();
            if (proposition != null) {
                Scored.requireKnown("proposition", proposition,
                        verdicts.stream().map(Verdict::proposition).toList());
            }
            if (limit != null && limit < 0) {
                throw new UserError("--limit must be 0 or more, not " + limit);
            }
            List<Verdict> shown = verdicts.stream()
                    .filter(v -> proposition == null || v.proposition().equals(proposition))
                    .limit(limit == null ? Long.MAX_VALUE : limit).toList();
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
            m.put("year", v.year());
            List<Map<String, Object>> timeline = new ArrayList<>();
            for (Verdict.YearVerdict y : v.timeline()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("year", y.year());
                t.put("verdict", y.verdict().wire());
                t.put("score", Scored.round(y.score()));
                t.put("weight", Scored.round(y.weight()));
                timeline.add(t);
            }
            m.put("timeline", timeline);
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
            out.printf(Locale.ROOT, "%s%n  %s%s: score %+.2f, evidence weight %.2f  [%s]%n", v.statement(),
                    v.verdict().wire(), v.year() == null ? "" : " for " + v.year(), v.score(), v.weight(), v.proposition());
            if (!v.timeline().isEmpty()) {
                out.println("  timeline: " + String.join("; ", v.timeline().stream().map(y -> String.format(Locale.ROOT,
                        "%d %s (%+.2f)", y.year(), y.verdict().wire(), y.score())).toList()));
            }
            side(out, "for", v.evidenceFor());
            side(out, "against", v.evidenceAgainst());
            out.println();
        }
    }

    private static void side(PrintWriter out, String label, List<Evidence> evidence) {
        List<Evidence> counted = evidence.stream().filter(e -> e.weight() > 0).toList();
        for (Evidence e : counted.subList(0, Math.min(SHOWN_PER_SIDE, counted.size()))) {
            out.printf(Locale.ROOT, "  %-7s %.2f  %s  (%s)%n", label, e.weight(), e.claim(), e.why());
        }
        int rest = evidence.size() - Math.min(SHOWN_PER_SIDE, counted.size());
        if (rest > 0) {
            out.printf(Locale.ROOT, "  %-7s and %d more (see --json)%n", label, rest);
        }
    }
}
