package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimskb.factfile.Suggestions;
import org.claimskb.index.ClaimSearch.StoredClaim;
import org.claimskb.index.DerivedState;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code claims show ID}: one claim, its credibility, every finding and the score's breakdown. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "One claim with its credibility, every rule finding about it and the score's breakdown.")
public final class ShowCommand extends KbCommand {
    @Parameters(paramLabel = "CLAIM_ID", description = "Global claim id: <source-id>/<claim-id>.")
    String id;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (DerivedState state = openState()) {
            StoredClaim claim = state.search().claim(id).orElseThrow(() -> new UserError("unknown claim '" + id + "'"
                    + Suggestions.hint(id, state.search().claimIds())));
            Map<String, Object> json = toJson(claim);
            if (common.json()) {
                printJson(json);
            } else {
                print(claim, out);
            }
        }
        return ClaimsCommand.OK;
    }

    /** The claim's fact-file fields plus credibility, flags, prior and explanation (cli.md). */
    static Map<String, Object> toJson(StoredClaim claim) {
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
        return json;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    private static void print(StoredClaim claim, PrintWriter out) {
        Map<String, Object> f = claim.fields();
        out.printf("%s  [%s] by %s%s%n", f.get("id"), f.get("kind"), f.get("speaker"),
                f.containsKey("at") ? " at " + f.get("at") : "");
        out.println("  " + f.get("text"));
        for (String key : List.of("quote", "topics", "quantity", "stance", "when", "favors", "harms", "due",
                "probability", "about", "assessment", "status")) {
            if (f.containsKey(key)) {
                out.printf("  %-11s %s%n", key + ":", f.get(key));
            }
        }
        ClaimScore s = claim.score();
        if (s == null) {
            out.println("  (unscored: the KB has no rules)");
            return;
        }
        double sum = s.findings().stream().mapToDouble(Finding::effect).sum();
        out.printf(Locale.ROOT, "%nCredibility %.2f = sigmoid(prior %+.2f %s effects %+.2f)%n", s.credibility(), s.prior(),
                "+", sum);
        out.printf(Locale.ROOT, "  %+6.2f  prior: %s%n", s.prior(), s.priorDetail());
        for (Finding fi : s.findings()) {
            out.printf(Locale.ROOT, "  %+6.2f  %s%s: %s%n", fi.effect(), fi.rule(),
                    fi.flag() == null ? "" : " [" + fi.flag() + "]", fi.detail());
        }
    }
}
