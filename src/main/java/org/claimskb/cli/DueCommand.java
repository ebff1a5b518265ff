package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.claimskb.index.DerivedState;
import org.claimskb.model.DuePredictions;
import org.claimskb.model.DuePredictions.Item;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Speaker;
import picocli.CommandLine.Command;

/**
 * {@code claims due}: reviewed predictions past the day they can be checked by, with no outcome
 * recorded, oldest first; and those coming due in the next {@value #UPCOMING_DAYS} days (cli.md v2).
 * "Due" is {@link Claim#checkBy()}, the definition the flags, report cards and report share.
 */
@Command(name = "due", mixinStandardHelpOptions = true,
        description = "Predictions past their due date with no recorded outcome, oldest first, and those coming "
                + "due in the next 90 days. Record an outcome with 'claims resolve'.")
public final class DueCommand extends KbCommand {
    static final int UPCOMING_DAYS = DuePredictions.UPCOMING_DAYS;

    @Override
    public Integer call() throws Exception {
        try (DerivedState state = openState()) {
            KnowledgeBase kb = state.knowledgeBase();
            DuePredictions list = DuePredictions.of(kb, common.asOf());
            if (common.json()) {
                printJson(toJson(list.due(), list.upcoming()));
            } else {
                print(kb, list.due(), list.upcoming(), out());
            }
        }
        return ClaimsCommand.OK;
    }

    static Map<String, Object> toJson(List<Item> due, List<Item> upcoming) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("due", due.stream().map(i -> item(i, true)).toList());
        doc.put("upcoming", upcoming.stream().map(i -> item(i, false)).toList());
        return doc;
    }

    private static Map<String, Object> item(Item i, boolean overdue) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.claim().id());
        m.put("speaker", i.claim().speaker());
        m.put("text", i.claim().text());
        m.put("due", i.due().toString());
        if (overdue) {
            m.put("days_overdue", i.daysOverdue());
        }
        return m;
    }

    private static void print(KnowledgeBase kb, List<Item> due, List<Item> upcoming, PrintWriter out) {
        if (due.isEmpty() && upcoming.isEmpty()) {
            out.println("No predictions are due or coming due in the next " + UPCOMING_DAYS + " days.");
            return;
        }
        if (!due.isEmpty()) {
            out.println("Past due, no outcome recorded (oldest first):");
            for (Item i : due) {
                out.printf(Locale.ROOT, "  %s  %5d days over  %s: \"%s\"  [%s]%n", i.due(), i.daysOverdue(),
                        name(kb, i.claim().speaker()), i.claim().text(), i.claim().id());
            }
        }
        if (!upcoming.isEmpty()) {
            out.println((due.isEmpty() ? "" : "\n") + "Coming due in the next " + UPCOMING_DAYS + " days:");
            for (Item i : upcoming) {
                out.printf(Locale.ROOT, "  %s  %s: \"%s\"  [%s]%n", i.due(), name(kb, i.claim().speaker()),
                        i.claim().text(), i.claim().id());
            }
        }
        out.printf(Locale.ROOT, "%n%d due, %d coming due. Record an outcome: claims resolve ID --outcome true|false|partly --date DATE%n",
                due.size(), upcoming.size());
    }

    private static String name(KnowledgeBase kb, String speaker) {
        return kb.speaker(speaker).map(Speaker::name).orElse(speaker);
    }
}
