package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimskb.index.DerivedState;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.Contradiction;
import org.claimskb.scoring.ReportCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claims contradictions [--speaker ID]}: contradictions between claims, and self-contradictions. */
@Command(name = "contradictions", mixinStandardHelpOptions = true,
        description = {"Contradictions between claims: stance (opposite positions on one proposition about the "
                + "same time), numeric (one quantity, values apart beyond 10%% after unit conversion) and self "
                + "(either, within one speaker)."})
public final class ContradictionsCommand extends KbCommand {
    @Option(names = "--speaker", paramLabel = "ID", description = "Only contradictions this speaker takes part in.")
    String speaker;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        try (DerivedState state = openState()) {
            Analysis analysis = Scored.analysis(state);
            if (speaker != null) {
                Scored.requireKnown("speaker", speaker, analysis.reportCards().stream().map(ReportCard::id).toList());
            }
            List<Contradiction> shown = analysis.contradictions().stream()
                    .filter(c -> speaker == null || c.speakers().contains(speaker)).toList();
            if (common.json()) {
                printJson(toJson(shown));
            } else {
                print(shown, out);
            }
        }
        return ClaimsCommand.OK;
    }

    /** {@code {"contradictions": [{"kind", "claims", "speakers", "subject", "metric", "detail"}]}} (cli.md). */
    static Map<String, Object> toJson(List<Contradiction> contradictions) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Contradiction c : contradictions) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", c.kind().wire());
            m.put("claims", c.claims());
            m.put("speakers", c.speakers());
            boolean numeric = c.subject() != null;
            m.put("subject", c.subject());
            m.put("metric", numeric ? c.metric() : null);
            if (!numeric) {
                // Stance contradictions (and self ones about a stance) concern a proposition, not a quantity.
                m.put("proposition", c.metric());
            }
            m.put("detail", c.detail());
            list.add(m);
        }
        return Map.of("contradictions", list);
    }

    private static void print(List<Contradiction> list, PrintWriter out) {
        if (list.isEmpty()) {
            out.println("No contradictions found.");
            return;
        }
        for (Contradiction c : list) {
            String about = c.subject() != null ? c.metric() + " of " + c.subject() : "proposition " + c.metric();
            out.printf("%-7s %s  (%s)%n", c.kind().wire(), about, String.join(", ", c.speakers()));
            out.println("        " + c.detail());
            out.println("        claims: " + String.join("  ", c.claims()));
        }
        long self = list.stream().filter(c -> c.kind().wire().equals("self")).count();
        out.printf("%d contradiction%s, %d within one speaker.%n", list.size(), list.size() == 1 ? "" : "s", self);
    }
}
