package org.claimskb.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.claimskb.index.BuildProgress;

/**
 * A word on stderr before the pause of a rebuild, for a person at a terminal: one line when the
 * build starts, and, when a stage is slow (large KBs), a progress bar while it runs (the
 * progressbar library: stage, count, rate, time left) and a line when it ends saying what comes
 * next. The launcher says whether stderr is a terminal ({@value #TTY_VARIABLE}) and how wide
 * ({@value #COLUMNS_VARIABLE}); into a pipe or a log nothing is written.
 */
final class TerminalProgress implements BuildProgress {
    static final String TTY_VARIABLE = "CLAIMS_STDERR_TTY";
    static final String COLUMNS_VARIABLE = "CLAIMS_STDERR_COLUMNS";
    /** A stage shorter than this is not worth a line of its own. */
    private static final long SLOW_MILLIS = 1500;
    /** A stage shows its bar once it has run this long: a quick build stays one line. */
    private static final long BAR_AFTER_MILLIS = 2000;
    /** How often a shown bar is redrawn. */
    private static final int REDRAW_MILLIS = 250;

    private final PrintWriter err;
    private final long barAfterMillis;
    private final int width;
    private long elapsed;

    TerminalProgress(PrintWriter err) {
        this(err, BAR_AFTER_MILLIS, columns());
    }

    /** For tests: bars shown after {@code barAfterMillis}, {@code width} columns wide. */
    TerminalProgress(PrintWriter err, long barAfterMillis, int width) {
        this.err = err;
        this.barAfterMillis = barAfterMillis;
        this.width = width;
    }

    /** The terminal's width as the launcher measured it, else 80 columns. */
    private static int columns() {
        try {
            int c = Integer.parseInt(System.getenv().getOrDefault(COLUMNS_VARIABLE, "80").strip());
            return c >= 40 ? c : 80;
        } catch (NumberFormatException e) {
            return 80;
        }
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

    /** How the last index was written when it was an update of the previous one ({@link #updated}), or null. */
    private String update;

    @Override
    public void updated(int rewritten, int deleted, int claims) {
        update = String.format(java.util.Locale.ROOT, "%,d of %,d claims rewritten%s", rewritten, claims,
                deleted == 0 ? "" : String.format(java.util.Locale.ROOT, ", %,d removed", deleted));
    }

    @Override
    public void indexed(long millis) {
        elapsed += millis;
        if (millis >= SLOW_MILLIS) {
            say("claims: search index " + (update == null ? "" : "updated (" + update + ") ")
                    + "and analysis written in " + seconds(millis) + "; finishing...");
        }
        update = null;
    }

    @Override
    public void finished(long millis) {
        if (millis >= 4 * SLOW_MILLIS || millis - elapsed >= SLOW_MILLIS) {
            say("claims: re-indexed in " + seconds(millis) + ".");
        }
    }

    @Override
    public Steps begin(Stage stage, long total) {
        return new StageBar(stage, total);
    }

    /** Starts each stage's bar when its time comes; one daemon thread for the whole command. */
    private static final class Timer {
        static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "claims-progress");
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * One stage's count, drawn as a bar from {@link #barAfterMillis} after it began until it is
     * closed; before that, and for a stage that ends sooner, nothing is drawn.
     */
    private final class StageBar implements Steps {
        private final Stage stage;
        private final long total;
        private final long started = System.nanoTime();
        private final AtomicLong done = new AtomicLong();
        private final ScheduledFuture<?> showing;
        private volatile ProgressBar bar;
        private boolean closed;

        StageBar(Stage stage, long total) {
            this.stage = stage;
            this.total = total;
            this.showing = Timer.INSTANCE.schedule(this::show, barAfterMillis, TimeUnit.MILLISECONDS);
        }

        private synchronized void show() {
            if (closed) return;
            bar = new ProgressBarBuilder()
                    .setTaskName(stage.label)
                    .setInitialMax(total)
                    .setUnit(" " + stage.unit, 1)
                    .setStyle(ProgressBarStyle.UNICODE_BLOCK)
                    .setUpdateIntervalMillis(REDRAW_MILLIS)
                    .setConsumer(new Line())
                    .startsFrom(done.get(), Duration.ofNanos(System.nanoTime() - started))
                    .build();
        }

        @Override
        public void step() {
            long n = done.incrementAndGet();
            ProgressBar b = bar;
            if (b != null) b.stepTo(n);
        }

        @Override
        public synchronized void close() {
            closed = true;
            showing.cancel(false);
            if (bar != null) {
                bar.stepTo(done.get());
                bar.close();
            }
        }
    }

    /** Where a bar is drawn: over and over on one line of stderr, ended with a newline. */
    private final class Line implements ProgressBarConsumer {
        @Override
        public int getMaxRenderedLength() {
            return width - 1;
        }

        @Override
        public void accept(String rendered) {
            synchronized (err) {
                err.print('\r');
                err.print(rendered);
                err.flush();
            }
        }

        @Override
        public void close() {
            synchronized (err) {
                err.println();
                err.flush();
            }
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
