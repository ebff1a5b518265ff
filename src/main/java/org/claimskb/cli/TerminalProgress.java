package org.claimskb.cli;

import java.io.PrintWriter;
import org.claimskb.index.BuildProgress;

/**
 * A word on stderr before the pause of a rebuild, for a person at a terminal: one line when the
 * build starts, and, when a stage is slow (large KBs), a line per stage saying what comes next.
 * The launcher says whether stderr is a terminal ({@value #TTY_VARIABLE}); into a pipe or a log
 * nothing is written.
 */
final class TerminalProgress implements BuildProgress {
    static final String TTY_VARIABLE = "CLAIMS_STDERR_TTY";
    /** A stage shorter than this is not worth a line of its own. */
    private static final long SLOW_MILLIS = 1500;

    private final PrintWriter err;
    private long elapsed;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    /** The progress to report for a command writing to {@code err}. */
    static BuildProgress forStderr(PrintWriter err) {
        return atTerminal() ? new TerminalProgress(err) : BuildProgress.SILENT;
    }

    /** Whether the launcher said stderr is a terminal. */
    private static boolean atTerminal() {
        return "1".equals(System.getenv(TTY_VARIABLE));
    }

    /** One line for a person at a terminal before a command's own pause; nothing into a pipe or a log. */
    static void note(PrintWriter err, String line) {
        if (atTerminal()) {
            err.println(line);
            err.flush();
        }
    }

    @Override
    public void started(boolean forced) {
        say(forced ? "claims: re-indexing the fact files..."
                : "claims: the fact files or rules changed; re-indexing (a few seconds, longer for a large KB)...");
    }

    @Override
    public void loaded(int sources, int claims, long millis) {
        elapsed = millis;
        if (millis >= SLOW_MILLIS) {
            say("claims: read " + claims + " claims from " + sources + " sources in " + seconds(millis)
                    + "; scoring them with the rules...");
        }
    }

    @Override
    public void scored(long millis) {
        elapsed += millis;
        if (millis >= SLOW_MILLIS) {
            say("claims: scored in " + seconds(millis) + "; writing the search index...");
        }
    }

    @Override
    public void indexed(long millis) {
        elapsed += millis;
        if (millis >= SLOW_MILLIS) {
            say("claims: search index and analysis written in " + seconds(millis) + "; finishing...");
        }
    }

    @Override
    public void finished(long millis) {
        if (millis >= 4 * SLOW_MILLIS || millis - elapsed >= SLOW_MILLIS) {
            say("claims: re-indexed in " + seconds(millis) + ".");
        }
    }

    private static String seconds(long millis) {
        return Numbers.sig(millis / 1000.0, 2) + " s";
    }

    private void say(String line) {
        err.println(line);
        err.flush();
    }
}
