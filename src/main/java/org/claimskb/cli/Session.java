package org.claimskb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimskb.factfile.Problem;
import org.claimskb.factfile.SkippedFile;
import org.claimskb.index.Analyzer;
import org.claimskb.index.DerivedState;
import org.claimskb.index.IndexState;

/**
 * Opens a KB root's derived state for a command and tells the user, on stderr, what was left
 * out: skipped fact files with their problems, or an older index used because the rules failed.
 */
final class Session {
    private Session() {}

    static DerivedState open(Path kbRoot, LocalDate asOf, PrintWriter err) throws IOException {
        return open(kbRoot, asOf, err, false);
    }

    static DerivedState open(Path kbRoot, LocalDate asOf, PrintWriter err, boolean rebuild) throws IOException {
        DerivedState state;
        try {
            var progress = TerminalProgress.forStderr(err);
            state = rebuild ? DerivedState.rebuild(kbRoot, asOf, analyzer(), progress)
                    : DerivedState.open(kbRoot, asOf, analyzer(), progress, BuildJvm.inChild(err));
        } catch (Analyzer.Failed rulesFailed) {
            throw RulesWiring.asUserError(rulesFailed);
        }
        warn(state, err);
        return state;
    }

    /** The rules engine that scores claims while indexing. */
    static Analyzer analyzer() {
        return RulesWiring.analyzer();
    }

    private static void warn(DerivedState state, PrintWriter err) throws IOException {
        if (state.fallbackCause() == null && !state.hasLoadProblems()) {
            return;
        }
        IndexState s = state.state();
        if (state.fallbackCause() != null) {
            for (String line : RulesWiring.asUserError(state.fallbackCause()).lines()) {
                err.println(line);
            }
            err.println("warning: the rules failed; answering from the last good index (as of " + s.asOf() + ")");
        }
        if (!s.skipped().isEmpty() || !s.problems().isEmpty()) {
            long files = s.skipped().stream().filter(SkippedFile::wholeFile).count();
            long items = s.skipped().size() - files;
            err.println("warning: fact-file problems; " + (files == 0 ? "" : files + " file" + (files == 1 ? "" : "s")
                    + (items == 0 ? "" : " and ")) + (items == 0 ? "" : items + " item" + (items == 1 ? "" : "s"))
                    + (s.skipped().isEmpty() ? "nothing" : "") + " skipped; answering from the rest"
                    + " (run 'claims validate' for details):");
            for (SkippedFile f : s.skipped()) {
                err.println("  skipped " + f);
            }
            for (Problem p : s.problems()) {
                err.println("  " + p);
            }
        }
        err.flush();
    }
}
