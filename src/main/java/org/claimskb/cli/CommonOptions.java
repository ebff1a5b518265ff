package org.claimskb.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** Options shared by every command that scores: {@code --json} and {@code --as-of}. */
public final class CommonOptions {
    @Option(names = "--json", description = "Print exactly one JSON document on stdout.")
    boolean json;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Fix \"today\" (YYYY-MM-DD) so output is reproducible. Default: today.")
    LocalDate asOf;

    public boolean json() {
        return json;
    }

    /** The --as-of day, or null when not given (a long-running command follows the calendar). */
    public LocalDate asOfOrNull() {
        return asOf;
    }

    public LocalDate asOf() {
        return asOf != null ? asOf : LocalDate.now();
    }
}
