package org.claimskb.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the {@code claims} command line in-process and captures what it printed. */
public record CliRun(int status, String out, String err) {

    public static CliRun of(Path kb, String... args) {
        var all = new ArrayList<>(List.of(args));
        all.add("--kb");
        all.add(kb.toString());
        var out = new StringWriter();
        var err = new StringWriter();
        int status = ClaimsCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new CliRun(status, out.toString(), err.toString());
    }
}
