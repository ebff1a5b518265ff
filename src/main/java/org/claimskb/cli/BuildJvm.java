package org.claimskb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.claimskb.index.DerivedState;

/**
 * A reading command on a large KB runs in a JVM tuned to start fast (quick JIT, serial
 * collector); when the index it needs is stale, building it there is slow at scale (a million claims: 117 s,
 * against 70 s with the optimising JIT and a parallel collector). The launcher then says, in
 * {@value #VARIABLE}, how to start a JVM tuned for building (one argument per line); the stale
 * index is built by {@code claims index} in such a child JVM, and the command goes on with it.
 * Without the variable (small KBs, builds, tests) nothing happens here.
 */
final class BuildJvm {
    static final String VARIABLE = "CLAIMS_BUILD_JVM";

    private BuildJvm() {}

    /**
     * What builds a stale index in a child JVM when the launcher asked for it, or null (the
     * build then runs in process). If the child fails, nothing is lost: the command builds in
     * process, and reports any problem as it would have.
     */
    static DerivedState.BuildElsewhere inChild(PrintWriter err) {
        String jvm = System.getenv(VARIABLE);
        if (jvm == null || jvm.isBlank()) {
            return null;
        }
        return (kbRoot, asOf) -> {
            List<String> command = new ArrayList<>(jvm.lines().filter(l -> !l.isEmpty()).toList());
            command.addAll(List.of("index", "--kb", kbRoot.toString(), "--as-of", asOf.toString()));
            err.flush();
            var child = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            child.environment().remove(VARIABLE);
            try {
                return child.start().waitFor() == 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (IOException cannotStart) {
                return false;
            }
        };
    }
}
