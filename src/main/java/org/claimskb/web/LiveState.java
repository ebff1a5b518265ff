package org.claimskb.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalDate;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.stream.Stream;
import org.claimskb.index.Analyzer;
import org.claimskb.index.DerivedState;

/**
 * The derived state the desk answers from: opened like the commands open it, and replaced by a
 * fresh one when anything under {@code claims/} or {@code rules/} changes on disk (events are
 * debounced: a burst of saves is one rebuild), or right after the desk itself wrote a file.
 * Requests read under a shared lock, so a state is never closed while a page is reading it.
 */
final class LiveState implements AutoCloseable {
    static final long DEBOUNCE_MILLIS = 250;

    private final Path root;
    private final LocalDate fixedAsOf;
    private final Analyzer analyzer;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "claims-desk-rebuild");
        t.setDaemon(true);
        return t;
    });
    private final WatchService watcher;
    private final Thread watching;
    private DerivedState current;
    private ScheduledFuture<?> pending;
    private volatile String trouble;
    private volatile long generation;

    /** Opens the state now (building it if the inputs changed) and starts watching the KB. */
    LiveState(Path root, LocalDate fixedAsOf, Analyzer analyzer) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.fixedAsOf = fixedAsOf;
        this.analyzer = analyzer;
        this.current = DerivedState.open(this.root, asOf(), analyzer);
        this.watcher = FileSystems.getDefault().newWatchService();
        for (String dir : new String[] {"claims", "rules"}) {
            Path d = this.root.resolve(dir);
            if (Files.isDirectory(d)) {
                try (Stream<Path> all = Files.walk(d)) {
                    for (Path p : all.filter(Files::isDirectory).toList()) {
                        register(p);
                    }
                }
            }
        }
        this.watching = new Thread(this::watch, "claims-desk-watch");
        watching.setDaemon(true);
        watching.start();
    }

    Path root() {
        return root;
    }

    /** "Today" for scoring: the fixed --as-of day, else the calendar's. */
    LocalDate asOf() {
        return fixedAsOf != null ? fixedAsOf : LocalDate.now();
    }

    /** Why the last rebuild failed (the state shown is then the one before), or null. */
    String trouble() {
        return trouble;
    }

    /** How many times the state was replaced since start (0 at first). */
    long generation() {
        return generation;
    }

    /** Runs {@code reader} against the current state; the state stays open until it returns. */
    <T> T read(Function<DerivedState, T> reader) {
        lock.readLock().lock();
        try {
            return reader.apply(current);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Rebuilds now (after the desk wrote a file), so the next page shows the change. */
    synchronized void refresh() {
        DerivedState fresh;
        try {
            fresh = DerivedState.open(root, asOf(), analyzer);
            warm(fresh);
            trouble = fresh.fallbackCause() == null ? null
                    : "the rules failed; showing the last good index (run 'claims validate' for details)";
        } catch (Analyzer.Failed | IOException | UncheckedIOException | IllegalStateException e) {
            trouble = "the KB could not be re-indexed; showing the state before the change (run 'claims validate')";
            return;
        }
        DerivedState old;
        lock.writeLock().lock();
        try {
            old = current;
            current = fresh;
            generation++;
        } finally {
            lock.writeLock().unlock();
        }
        try {
            old.close();
        } catch (IOException ignored) {
            // The old generation's files are released when the process ends.
        }
    }

    /** Reads what every page needs (the fact files, the analysis) before pages see the state. */
    private static void warm(DerivedState state) {
        state.knowledgeBase();
        state.analysis();
    }

    /** Warms the first state in the background, so the desk listens at once and the first page is quick. */
    void warmUp() {
        Thread t = new Thread(() -> read(s -> {
            warm(s);
            return null;
        }), "claims-desk-warm-up");
        t.setDaemon(true);
        t.start();
    }

    private void register(Path dir) throws IOException {
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path dir = (Path) key.watchable();
                for (var event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        Path p = dir.resolve(name);
                        if (Files.isDirectory(p)) {
                            register(p);
                        }
                    }
                }
                key.reset();
                schedule();
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // closing
        } catch (IOException e) {
            trouble = "stopped watching the KB for changes (" + e.getMessage() + "); restart claims serve";
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::refresh, DEBOUNCE_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        watching.interrupt();
        scheduler.shutdownNow();
        lock.writeLock().lock();
        try {
            current.close();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
