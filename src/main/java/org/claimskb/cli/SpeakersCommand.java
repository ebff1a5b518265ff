package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimskb.index.DerivedState;
import org.claimskb.scoring.ReportCard;
import picocli.CommandLine.Command;

/** {@code claims speakers}: one report card per speaker. */
@Command(name = "speakers", mixinStandardHelpOptions = true,
        description = {"One report card per speaker: claims by kind, flags, mean credibility, self-contradictions, "
                + "track record and a reliability grade A (completely reliable) to E (unreliable), or F (cannot be judged)."})
public final class SpeakersCommand extends KbCommand {
    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (DerivedState state = openState()) {
            List<ReportCard> cards = Scored.analysis(state).reportCards();
            if (common.json()) {
                printJson(toJson(cards));
            } else {
                print(cards, out);
            }
        }
        return ClaimsCommand.OK;
    }

    /**
     * {@code {"speakers": [{"id", "name", "regime", "claims", "mean_credibility", "flags", "predictions":
     * {"due", "true", "false"}, "grade"}]}} (cli.md), plus by_kind, mean_fact_credibility,
     * self_contradictions, predictions.pending, brier and grade_reason.
     */
    static Map<String, Object> toJson(List<ReportCard> cards) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ReportCard c : cards) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("regime", c.regime().wire());
            m.put("claims", c.claims());
            m.put("mean_credibility", Scored.round(c.meanCredibility()));
            m.put("flags", c.flags());
            Map<String, Object> predictions = new LinkedHashMap<>();
            predictions.put("due", c.predictionsDue());
            predictions.put("true", c.predictionsTrue());
            predictions.put("false", c.predictionsFalse());
            predictions.put("pending", c.predictionsPending());
            m.put("predictions", predictions);
            m.put("grade", c.grade());
            m.put("grade_reason", c.gradeReason());
            m.put("by_kind", c.byKind());
            m.put("mean_fact_credibility", Scored.round(c.meanFactCredibility()));
            m.put("self_contradictions", c.selfContradictions());
            m.put("brier", Scored.round(c.brier()));
            list.add(m);
        }
        return Map.of("speakers", list);
    }

    private static void print(List<ReportCard> cards, PrintWriter out) {
        for (ReportCard c : cards) {
            out.printf(Locale.ROOT, "%s  %s (%s, %s): grade %s%n", c.id(), c.name(), c.regime().wire(),
                    c.claims() + " claim" + (c.claims() == 1 ? "" : "s"), c.grade());
            out.println("  " + c.gradeReason());
            if (c.meanCredibility() != null) {
                out.printf(Locale.ROOT, "  mean credibility %.2f%s%n", c.meanCredibility(), c.meanFactCredibility() == null
                        ? "" : String.format(Locale.ROOT, ", of facts and statistics %.2f", c.meanFactCredibility()));
            }
            if (!c.byKind().isEmpty()) {
                out.println("  kinds: " + c.byKind());
            }
            if (!c.flags().isEmpty()) {
                out.println("  flags: " + c.flags());
            }
            out.printf(Locale.ROOT, "  predictions: %d due, %d true, %d false, %d pending%s; self-contradictions: %d%n",
                    c.predictionsDue(), c.predictionsTrue(), c.predictionsFalse(), c.predictionsPending(),
                    c.brier() == null ? "" : String.format(Locale.ROOT, ", Brier %.2f", c.brier()), c.selfContradictions());
        }
    }
}
