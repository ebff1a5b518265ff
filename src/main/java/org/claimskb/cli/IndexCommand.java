package org.claimskb.cli;

import java.io.PrintWriter;
import org.claimskb.index.DerivedState;
import org.claimskb.index.IndexState;
import picocli.CommandLine.Command;

/** {@code claims index}: rebuild the derived index now. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Rebuild the derived index now (otherwise rebuilt automatically when fact files or rules change).")
public final class IndexCommand extends KbCommand {
    @Override
    public Integer call() throws Exception {
        PrintWriter out = out();
        long start = System.nanoTime();
        try (DerivedState state = Session.open(kbRoot(), common.asOf(), err(), true)) {
            IndexState s = state.state();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (common.json()) {
                var json = new java.util.LinkedHashMap<String, Object>();
                json.put("claims", s.claims());
                json.put("as_of", s.asOf().toString());
                json.put("scored", s.scored());
                json.put("skipped", s.skipped());
                json.put("millis", ms);
                printJson(json);
            } else {
                out.printf("indexed %d claims as of %s%s in %d ms%s%n", s.claims(), s.asOf(),
                        s.scored() ? ", scored by the rules" : " (unscored: no rules)", ms,
                        s.skipped().isEmpty() ? "" : "; skipped: " + s.skipped().stream().filter(f -> f.wholeFile()).count()
                                + " whole file(s), " + s.skipped().stream().filter(f -> !f.wholeFile()).count() + " item(s)");
            }
        }
        return ClaimsCommand.OK;
    }
}
