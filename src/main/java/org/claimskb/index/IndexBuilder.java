package org.claimskb.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.claimskb.files.Json;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.LoadResult;
import org.claimskb.scoring.Analysis;

/**
 * Builds one generation: loads the fact files, runs the analyzer, writes the Lucene index,
 * the analysis ({@link AnalysisStore}), the registry and {@code state.json} into a temporary folder, and renames it into
 * place only when everything is written.
 */
final class IndexBuilder {
    static final String STATE = "state.json";
    /** Commit data of the Lucene index: how many problems and skipped items loading found. */
    static final String LOAD_PROBLEMS = "load_problems";
    static final String LUCENE = "lucene";

    /**
     * Up to this many claims the index is merged into one segment; a larger one keeps the
     * segments the writer's own merge policy leaves (a forced merge of a million claims rewrites
     * the whole index once more for a few percent of search speed).
     */
    static final int MERGE_BELOW = 100_000;

    private IndexBuilder() {}

    /**
     * The writer's buffer: flushing fewer, larger segments is faster, as long as the buffer stays
     * a small share of the heap beside the KB and its analysis (Lucene's default is 16 MB).
     */
    private static double ramBufferMb(int claims) {
        long heapMb = Runtime.getRuntime().maxMemory() >> 20;
        double wanted = Math.min(512, 16 + claims / 2_000.0);
        return Math.max(16, Math.min(wanted, heapMb / 10.0));
    }

    /**
     * Builds the generation {@code target}, which must not exist yet; when another process
     * renames the same generation into place first, that one is kept (equal keys, equal content).
     */
    static Path build(Path kbRoot, Path target, String key, LocalDate asOf, Analyzer analyzer, boolean forced,
            BuildProgress progress) throws IOException {
        return build(kbRoot, target, null, key, asOf, analyzer, forced, progress);
    }

    /**
     * As {@link #build(Path, Path, String, LocalDate, Analyzer, boolean, BuildProgress)}, writing
     * the index as an update of {@code base}'s (an earlier generation, or null) when that is
     * possible and worth it ({@link IndexUpdate}).
     */
    static Path build(Path kbRoot, Path target, Path base, String key, LocalDate asOf, Analyzer analyzer,
            boolean forced, BuildProgress progress) throws IOException {
        long start = System.nanoTime();
        progress.started(forced);
        LoadResult loaded = load(kbRoot, target.getParent().resolve(PARSED), progress);
        progress.loaded(loaded.kb().sources().size(), loaded.kb().claims().size(), millisSince(start));
        long scoring = System.nanoTime();
        Analysis analysis = analyzer == null ? null : analyzer.analyze(kbRoot.resolve("rules"), loaded.kb(), asOf, progress);
        if (analysis != null) {
            progress.scored(millisSince(scoring));
        }
        Path tmp = target.resolveSibling(TMP_PREFIX + UUID.randomUUID());
        Path lockFile = lockOf(tmp);
        // The lock says "being built": the next build elsewhere removes a folder nobody holds.
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             var held = channel.lock()) {
            Files.createDirectories(tmp);
            write(tmp, base == null ? null : base.resolve(LUCENE), loaded, analysis, key, asOf, progress);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                // Another process finished the same generation first: equal keys, equal content.
                if (!Files.isDirectory(target)) {
                    throw raced;
                }
            }
        } finally {
            deleteTree(tmp);
            Files.deleteIfExists(lockFile);
        }
        progress.finished(millisSince(start));
        return target;
    }

    /**
     * Beside the generations: each sound fact file's parsed and checked items, by content, so that
     * a rebuild parses only the files that changed (factfile's ParsedCache).
     */
    static final String PARSED = "parsed";

    /** Reads the fact files (unchanged ones from {@code parsedCache}), counting them for {@code progress}. */
    private static LoadResult load(Path kbRoot, Path parsedCache, BuildProgress progress) throws IOException {
        var counting = new FactFiles.Progress() {
            BuildProgress.Steps steps = BuildProgress.Steps.NONE;

            @Override
            public void listed(int files) {
                steps = progress.begin(BuildProgress.Stage.READING, files);
            }

            @Override
            public void checked() {
                steps.step();
            }
        };
        try {
            return FactFiles.load(kbRoot, counting, parsedCache);
        } finally {
            counting.steps.close();
        }
    }

    /**
     * Writes the writer's remaining buffers on every core: the commit would flush them one after
     * another on one thread (up to the whole RAM buffer, a quarter of a large build's documents).
     * The threads start together and each checks out a buffer before any loops for the next: a
     * thread that started alone would otherwise drain every buffer itself while the others wake.
     */
    private static void flushOnEveryCore(IndexWriter writer) throws IOException {
        int cores = Runtime.getRuntime().availableProcessors();
        var together = new java.util.concurrent.CyclicBarrier(cores);
        var failure = new java.util.concurrent.atomic.AtomicReference<Throwable>();
        var threads = new java.util.ArrayList<Thread>();
        for (int i = 0; i < cores; i++) {
            threads.add(Thread.ofPlatform().name("claims-flush-" + i).start(() -> {
                try {
                    together.await();
                    while (writer.flushNextBuffer()) {
                        // one buffer written per call
                    }
                } catch (Throwable e) {
                    // A thread interrupted at the barrier breaks it for the others, which end too.
                    failure.compareAndSet(null, e);
                }
            }));
        }
        // Every flushing thread is waited for, even when interrupted: the caller closes the writer next.
        boolean interrupted = false;
        for (Thread t : threads) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while writing the index's buffers");
        }
        switch (failure.get()) {
            case null -> { }
            case IOException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            case Throwable e -> throw new IllegalStateException(e);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void write(Path dir, Path baseLucene, LoadResult loaded, Analysis analysis, String key,
            LocalDate asOf, BuildProgress progress) throws IOException {
        long start = System.nanoTime();
        var json = Json.mapper();
        byte[] registry = json.writeValueAsBytes(Registry.of(loaded.kb()));
        var documents = new ClaimDocuments(loaded.kb(), json);
        // The analysis first: each claim's document records its disagreement groups' references.
        Map<String, List<String>> groupsOf = analysis == null ? Map.of() : AnalysisStore.write(dir, analysis);
        var claims = loaded.kb().claims();
        var prepare = new IndexUpdate.Prepare() {
            @Override
            public ClaimDocuments.Prepared of(org.claimskb.model.Claim c) {
                try {
                    return documents.prepare(c, analysis == null ? null : analysis.scores().get(c.id()),
                            groupsOf.getOrDefault(c.id(), List.of()));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException("cannot write claim " + c.id() + " as JSON", e);
                }
            }

            @Override
            public org.apache.lucene.document.Document document(ClaimDocuments.Prepared p) {
                return documents.of(p);
            }
        };
        String problems = String.valueOf(loaded.problems().size() + loaded.skipped().size());
        IndexUpdate.Finish finish = writer -> {
            flushOnEveryCore(writer);
            if (claims.size() <= MERGE_BELOW) {
                // A small index searches fastest as one segment, and merging it costs nothing.
                writer.forceMerge(1);
            }
            writer.setLiveCommitData(Map.of(LOAD_PROBLEMS, problems, IndexUpdate.FORMAT, ContentKey.FORMAT,
                    IndexUpdate.CONTEXT, documents.context()).entrySet());
        };
        Path lucene = dir.resolve(LUCENE);
        var updated = IndexUpdate.tryUpdate(baseLucene, lucene, claims, documents.context(), prepare,
                writerConfig(claims.size()), finish,
                progress);
        if (updated == null) {
            writeAll(lucene, claims, prepare, finish, progress);
        }
        if (updated != null) {
            progress.updated(updated.rewritten(), updated.deleted(), updated.claims());
        }
        progress.indexed(millisSince(start));
        Files.write(dir.resolve(Registry.FILE), registry);
        var state = new IndexState(ContentKey.FORMAT, key, asOf, loaded.kb().claims().size(), analysis != null,
                loaded.problems(), loaded.skipped(), speakerIds(loaded.kb()), topicIds(loaded.kb()));
        Json.pretty().writeValue(dir.resolve(STATE).toFile(), state);
    }

    private static IndexWriterConfig writerConfig(int claims) {
        return new IndexWriterConfig(MultilingualAnalyzers.perField(Fields.SEARCHABLE))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(ramBufferMb(claims))
                // A large build's few flushed segments are written as their own files: packing
                // them into a compound file copies every byte once more.
                .setUseCompoundFile(claims <= MERGE_BELOW);
    }

    /** Writes every claim's document into a new index at {@code lucene}. */
    private static void writeAll(Path lucene, List<org.claimskb.model.Claim> claims, IndexUpdate.Prepare prepare,
            IndexUpdate.Finish finish, BuildProgress progress) throws IOException {
        try (var directory = FSDirectory.open(lucene);
             var writer = new IndexWriter(directory, writerConfig(claims.size()))) {
            // Documents are built and analysed on every core (the writer takes them from several
            // threads at once); their order in the index does not matter: every ranking ends on the id.
            try (var steps = progress.begin(BuildProgress.Stage.INDEXING, claims.size())) {
                claims.parallelStream().forEach(c -> {
                    try {
                        writer.addDocument(prepare.document(prepare.of(c)));
                        steps.step();
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            finish.beforeCommit(writer);
            writer.commit();
        }
    }

    private static java.util.List<String> speakerIds(org.claimskb.model.KnowledgeBase kb) {
        return kb.speakers().stream().map(org.claimskb.model.Speaker::id).sorted().toList();
    }

    private static java.util.List<String> topicIds(org.claimskb.model.KnowledgeBase kb) {
        var ids = new java.util.TreeSet<String>();
        kb.entities().forEach(e -> ids.add(e.id()));
        kb.propositions().forEach(p -> ids.add(p.id()));
        kb.claims().forEach(c -> ids.addAll(c.topics()));
        return java.util.List.copyOf(ids);
    }

    static final String TMP_PREFIX = "tmp-";

    /** The lock file a build holds while it writes {@code tmp}: beside it, so it outlives the rename. */
    private static Path lockOf(Path tmp) {
        return tmp.resolveSibling(tmp.getFileName() + ".lock");
    }

    /**
     * Whether a build's temporary folder (or its lock file) was left by a build that is no longer
     * running: named as a build names them, older than a minute, and with no lock file (the build
     * had finished with it, or came from an older version) or a lock file no process holds. A
     * folder this process is building is never abandoned.
     */
    private static boolean abandoned(Path tmp) {
        String name = tmp.getFileName().toString();
        if (!BUILD_FOLDER.matcher(name).matches() || !olderThan(tmp, GRACE_MILLIS)) {
            // Not a build's (another writer's temporary file), or too young to judge: a build
            // takes its lock in the instant after creating the lock file.
            return false;
        }
        boolean isLock = name.endsWith(".lock");
        Path lockFile = isLock ? tmp : lockOf(tmp);
        if (!Files.exists(lockFile)) {
            return true; // a build creates its folder only once it holds the lock
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (java.nio.channels.OverlappingFileLockException buildingHere) {
            return false;
        } catch (IOException gone) {
            // Removed meanwhile: its build finished.
            return !Files.exists(lockFile);
        }
    }

    /** Removes a build's folder (and its lock file), or a lock file, that {@link #abandoned} says no build holds. */
    static void removeIfAbandoned(Path tmp) throws IOException {
        if (abandoned(tmp)) {
            deleteTree(tmp);
            if (!tmp.getFileName().toString().endsWith(".lock")) {
                Files.deleteIfExists(lockOf(tmp));
            }
        }
    }

    /** A build's folder or lock file younger than this is never removed (see {@link #abandoned}). */
    private static final long GRACE_MILLIS = 60_000;
    /** {@code tmp-UUID} and {@code tmp-UUID.lock}: the names a build writes under (nothing else's temporary files). */
    private static final java.util.regex.Pattern BUILD_FOLDER =
            java.util.regex.Pattern.compile("tmp-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\.lock)?");

    private static boolean olderThan(Path p, long millis) {
        try {
            return Files.getLastModifiedTime(p).toMillis() < System.currentTimeMillis() - millis;
        } catch (IOException gone) {
            return false;
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
