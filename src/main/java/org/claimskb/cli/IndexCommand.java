package org.claimskb.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.claimskb.index.DerivedState;
import org.claimskb.index.IndexState;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code claims index}: rebuild the derived index now. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Rebuild the derived index now (otherwise rebuilt automatically when fact files or rules change).")
public final class IndexCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        try (DerivedState state = Session.open(parent.kbRoot(), common.asOf(), spec.commandLine().getErr(), true)) {
            IndexState s = state.state();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (common.json()) {
                out.println(org.claimskb.index.Json.mapper().writeValueAsString(java.util.Map.of(
                        "claims", s.claims(), "as_of", s.asOf().toString(), "scored", s.scored(),
                        "skipped", s.skipped(), "millis", ms)));
            } else {
                out.printf("indexed %d claims as of %s%s in %d ms%s%n", s.claims(), s.asOf(),
                        s.scored() ? ", scored by the rules" : " (unscored: no rules)", ms,
                        s.skipped().isEmpty() ? "" : "; " + s.skipped().size() + " fact file(s) skipped");
            }
        }
        return ClaimsCommand.OK;
    }
}
