package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimskb.index.DerivedState;
import org.claimskb.rules.RulesEngine;
import org.claimskb.scoring.Parameters;
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
            List<ReportCard> cards = Scored.require(state).reportCards();
            if (common.json()) {
                printJson(toJson(ranked(cards)));
            } else {
                print(cards, RulesEngine.parameters(kbRoot().resolve("rules")).grades(), out);
            }
        }
        return ClaimsCommand.OK;
    }

    /**
     * {@code {"speakers": [{"id", "name", "regime", "claims", "mean_credibility", "flags", "predictions":
     * {"due", "true", "false"}, "grade"}]}} (cli.md), plus by_kind, mean_fact_credibility,
     * self_contradictions, predictions.pending, brier and grade_reason; full precision, best grade first.
     */
    static Map<String, Object> toJson(List<ReportCard> cards) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ReportCard c : cards) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("name", c.name());
            m.put("regime", c.regime().wire());
            m.put("claims", c.claims());
            m.put("mean_credibility", c.meanCredibility());
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
            m.put("mean_fact_credibility", c.meanFactCredibility());
            m.put("self_contradictions", c.selfContradictions());
            m.put("brier", c.brier());
            list.add(m);
        }
        return Map.of("speakers", list);
    }

    /** The figure a grade is read from, as the grade's own reason states it ("... = 0.59"); null for F. */
    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile(" = (-?[0-9.]+)$");

    static Double gradeFigure(ReportCard c) {
        var m = FIGURE.matcher(c.gradeReason() == null ? "" : c.gradeReason());
        return "F".equals(c.grade()) || !m.find() ? null : Double.valueOf(m.group(1));
    }

    /** Best first: grade A..E, then the grade's figure (then mean credibility) highest first; F last. */
    static List<ReportCard> ranked(List<ReportCard> cards) {
        Comparator<ReportCard> byGrade = Comparator.comparing(c -> "F".equals(c.grade()) ? "Z" : c.grade());
        Comparator<ReportCard> byFigure = Comparator.comparing(
                (ReportCard c) -> gradeFigure(c) == null ? Double.NEGATIVE_INFINITY : gradeFigure(c)).reversed();
        Comparator<ReportCard> byMean = Comparator.comparing(
                (ReportCard c) -> c.meanCredibility() == null ? Double.NEGATIVE_INFINITY : c.meanCredibility()).reversed();
        return cards.stream().sorted(byGrade.thenComparing(byFigure).thenComparing(byMean)
                .thenComparing(ReportCard::id)).toList();
    }

    private static void print(List<ReportCard> cards, Parameters.Grades grades, PrintWriter out) {
        List<ReportCard> ranked = ranked(cards);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"GRADE", "CREDIBILITY", "CLAIMS", "PREDICTIONS", "SELF-CONTRADICTIONS", "SPEAKER"});
        for (ReportCard c : ranked) {
            Double figure = gradeFigure(c);
            rows.add(new String[] {c.grade(), figure == null ? "-" : Numbers.text(figure), String.valueOf(c.claims()),
                    predictions(c), String.valueOf(c.selfContradictions()),
                    c.name() + " (" + c.id() + ", " + c.regime().wire() + ")"});
        }
        int[] width = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
        }
        for (String[] r : rows) {
            var line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean number = i >= 1 && i <= 4 && r != rows.get(0);
                String cell = number ? " ".repeat(width[i] - r[i].length()) + r[i] : r[i];
                line.append(cell);
                if (i < r.length - 1) line.append(number ? "" : " ".repeat(width[i] - r[i].length())).append("  ");
            }
            out.println(line.toString().stripTrailing());
        }
        out.println();
        out.printf(Locale.ROOT, "CREDIBILITY is the figure each grade is read from: A from %s, B from %s, C from %s, D from %s, "
                + "E below; F when there is too little to judge.%n", Numbers.text(grades.a()), Numbers.text(grades.b()),
                Numbers.text(grades.c()), Numbers.text(grades.d()));
        out.println("PREDICTIONS: due (past due, no outcome) / true / false / pending.");
        int idWidth = ranked.stream().mapToInt(c -> c.id().length()).max().orElse(0);
        for (ReportCard c : ranked) {
            out.println();
            out.printf(Locale.ROOT, "%-" + idWidth + "s  grade %s: %s%n", c.id(), c.grade(), c.gradeReason());
            String pad = " ".repeat(idWidth + 2);
            if (!c.byKind().isEmpty()) out.println(pad + "kinds: " + counts(c.byKind()));
            if (!c.flags().isEmpty()) out.println(pad + "flags: " + counts(c.flags()));
            if (c.brier() != null) out.println(pad + "Brier score of stated probabilities: " + Numbers.text(c.brier()));
        }
    }

    private static String predictions(ReportCard c) {
        return c.predictionsDue() + "/" + c.predictionsTrue() + "/" + c.predictionsFalse() + "/" + c.predictionsPending();
    }

    /** "analysis 58, statistic 29, opinion 16": most first, ties by name. */
    static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
