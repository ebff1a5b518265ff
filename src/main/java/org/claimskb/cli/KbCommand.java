package org.claimskb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.claimskb.index.DerivedState;
import org.claimskb.files.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every command working on a KB shares: the KB root from {@code --kb}, the streams,
 * {@code --json} and {@code --as-of}, opening the derived state, and printing one JSON document.
 */
abstract class KbCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Path kbRoot() {
        return parent.kbRoot();
    }

    /** The KB's derived state as of {@code --as-of}, built first if the inputs changed. */
    DerivedState openState() throws IOException {
        return Session.open(kbRoot(), common.asOf(), err());
    }

    /** Prints {@code document} as the one JSON document on stdout. */
    void printJson(Object document) throws IOException {
        out().println(Json.pretty().writeValueAsString(document));
    }
}
