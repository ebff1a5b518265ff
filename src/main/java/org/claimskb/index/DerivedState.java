package org.claimskb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.claimskb.files.Json;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.LoadResult;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.Disagreement;
import org.claimskb.scoring.ReportCard;
import org.claimskb.scoring.Revision;
import org.claimskb.scoring.SelfContradiction;
import org.claimskb.scoring.Verdict;

/**
 * The derived state of a KB root as of one day: opened from {@code .claims-index/} when the
 * inputs are unchanged, otherwise rebuilt first. Close it to release the index files.
 */
public final class DerivedState implements AutoCloseable {
    public static final String INDEX_DIR = ".claims-index";
    private static final String GENERATION_PREFIX = "gen-";
    /** Generations kept besides the current one: earlier as-of dates, the last good one. */
    private static final int KEEP = 4;
    /** Below this size an index is read without memory mapping (see {@link #directory}). */
    private static final long SMALL_INDEX_BYTES = 32L << 20;

    private final Path kbRoot;
    private final Path generation;
    private IndexState state;
    private final RuntimeException fallbackCause;
    private final DirectoryReader reader;
    private Analysis analysis;
    private KnowledgeBase knowledgeBase;
    private KnowledgeBase registry;
    private ClaimSearch search;

    private DerivedState(Path kbRoot, Path generation, RuntimeException fallbackCause) throws IOException {
        this.kbRoot = kbRoot;
        this.generation = generation;
        this.fallbackCause = fallbackCause;
        this.reader = DirectoryReader.open(directory(generation.resolve(IndexBuilder.LUCENE)));
    }

    /**
     * The index folder for reading. A small index (the shipped KB's is well under a megabyte) is
     * read with plain positional reads: memory-mapping it buys nothing, and setting up Lucene's
     * native calls for mapped files costs a cold command tens of milliseconds. A large one is mapped.
     */
    private static Directory directory(Path lucene) throws IOException {
        long bytes = 0;
        try (Stream<Path> files = Files.list(lucene)) {
            for (Path f : files.toList()) {
                bytes += Files.size(f);
            }
        }
        return bytes < SMALL_INDEX_BYTES ? new NIOFSDirectory(lucene) : FSDirectory.open(lucene);
    }

    /**
     * Opens the state for the KB's current inputs, building it when needed. When the analyzer
     * fails ({@link Analyzer.Failed}: rules that do not compile) and an earlier generation exists,
     * that one is opened instead and {@link #fallbackCause()} says why. Any other exception is a
     * bug and propagates.
     */
    public static DerivedState open(Path kbRoot, LocalDate asOf, Analyzer analyzer) throws IOException {
        return open(kbRoot, asOf, analyzer, BuildProgress.SILENT);
    }

    /** As {@link #open(Path, LocalDate, Analyzer)}, telling {@code progress} when it builds. */
    public static DerivedState open(Path kbRoot, LocalDate asOf, Analyzer analyzer, BuildProgress progress)
            throws IOException {
        return open(kbRoot, asOf, analyzer, false, progress, null);
    }

    /**
     * Builds a stale generation in another process (for instance a JVM tuned for building, when
     * this one is tuned to start fast), before this one would build it itself.
     */
    @FunctionalInterface
    public interface BuildElsewhere {
        /** @return whether the build ran and succeeded; if not, the caller builds in process */
        boolean build(Path kbRoot, LocalDate asOf);
    }

    /**
     * As {@link #open(Path, LocalDate, Analyzer, BuildProgress)}; when the generation is stale,
     * {@code elsewhere} is asked to build it first, and the one it built is opened.
     */
    public static DerivedState open(Path kbRoot, LocalDate asOf, Analyzer analyzer, BuildProgress progress,
            BuildElsewhere elsewhere) throws IOException {
        return open(kbRoot, asOf, analyzer, false, progress, elsewhere);
    }

    /** As {@link #open}, but always builds a new generation ({@code claims index}). */
    public static DerivedState rebuild(Path kbRoot, LocalDate asOf, Analyzer analyzer) throws IOException {
        return rebuild(kbRoot, asOf, analyzer, BuildProgress.SILENT);
    }

    /** As {@link #rebuild(Path, LocalDate, Analyzer)}, telling {@code progress} what it does. */
    public static DerivedState rebuild(Path kbRoot, LocalDate asOf, Analyzer analyzer, BuildProgress progress)
            throws IOException {
        return open(kbRoot, asOf, analyzer, true, progress, null);
    }

    /**
     * Generations are written once and never changed or replaced in place, so a process reading
     * one is never disturbed by another building: a forced rebuild of unchanged inputs goes to a
     * new folder ({@code gen-KEY.1}, {@code gen-KEY.2}, ...), and the newest folder of a key is
     * the one opened. Two processes building the same folder at once both keep whichever was
     * renamed into place first (equal keys, equal content).
     */
    private static DerivedState open(Path kbRoot, LocalDate asOf, Analyzer analyzer, boolean force,
            BuildProgress progress, BuildElsewhere elsewhere) throws IOException {
        Path root = kbRoot.toAbsolutePath().normalize();
        Path indexDir = root.resolve(INDEX_DIR);
        String key = ContentKey.of(root, asOf);
        Optional<Path> existing = newestOf(indexDir, key);
        if (existing.isEmpty() && !force && elsewhere != null && elsewhere.build(root, asOf)) {
            // Built elsewhere for the same inputs (unless they changed meanwhile: then built here).
            existing = newestOf(indexDir, key);
        }
        Path generation;
        if (existing.isPresent() && !force) {
            generation = existing.get();
        } else {
            generation = indexDir.resolve(GENERATION_PREFIX + key
                    + existing.map(g -> "." + (revision(g) + 1)).orElse(""));
            Files.createDirectories(indexDir);
            try {
                IndexBuilder.build(root, generation, latestGeneration(indexDir).orElse(null), key, asOf, analyzer,
                        force, progress);
            } catch (Analyzer.Failed analysisFailed) {
                Optional<Path> lastGood = latestGeneration(indexDir);
                if (lastGood.isEmpty()) {
                    throw analysisFailed;
                }
                return new DerivedState(root, lastGood.get(), analysisFailed);
            }
            collectGarbage(indexDir, generation);
        }
        Files.setLastModifiedTime(generation, FileTime.fromMillis(System.currentTimeMillis()));
        return new DerivedState(root, generation, null);
    }

    /** The newest generation built for {@code key}: {@code gen-KEY} or its highest {@code gen-KEY.N}. */
    private static Optional<Path> newestOf(Path indexDir, String key) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            return Optional.empty();
        }
        String name = GENERATION_PREFIX + key;
        try (Stream<Path> s = Files.list(indexDir)) {
            return s.filter(p -> {
                String n = p.getFileName().toString();
                return (n.equals(name) || n.startsWith(name + ".")) && revision(p) >= 0 && Files.isDirectory(p);
            }).max(Comparator.comparingInt(DerivedState::revision));
        }
    }

    /** 0 for {@code gen-KEY}, N for {@code gen-KEY.N}, -1 for a name of another shape. */
    private static int revision(Path generation) {
        String n = generation.getFileName().toString();
        int dot = n.lastIndexOf('.');
        if (dot < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(n.substring(dot + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<Path> latestGeneration(Path indexDir) throws IOException {
        try (Stream<Path> s = Files.list(indexDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(GENERATION_PREFIX))
                    .max(Comparator.comparing(DerivedState::modified));
        }
    }

    /**
     * Removes old generations and leftovers of interrupted builds; never the one in use, nor
     * other residents of the folder (the compiled-rules cache).
     */
    private static void collectGarbage(Path indexDir, Path current) throws IOException {
        List<Path> entries;
        try (Stream<Path> s = Files.list(indexDir)) {
            entries = s.sorted(Comparator.comparing(DerivedState::modified).reversed()).toList();
        }
        int kept = 0;
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (p.equals(current)) continue;
            try {
                if (name.startsWith(GENERATION_PREFIX) && ++kept > KEEP) {
                    IndexBuilder.deleteTree(p);
                } else if (name.startsWith(IndexBuilder.TMP_PREFIX)) {
                    IndexBuilder.removeIfAbandoned(p);
                }
            } catch (IOException busy) {
                // Another process may still read it; the next build tries again.
            }
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Whether loading the fact files found problems or skipped anything, read from the index's
     * commit without reading {@link #state()} (a command on a clean KB need not read it at all).
     */
    public boolean hasLoadProblems() throws IOException {
        String count = reader.getIndexCommit().getUserData().get(IndexBuilder.LOAD_PROBLEMS);
        if (count == null) {
            // A generation written before the count was kept.
            return !state().problems().isEmpty() || !state().skipped().isEmpty();
        }
        return !count.equals("0");
    }

    public synchronized IndexState state() {
        if (state == null) {
            try {
                state = Json.mapper().readValue(generation.resolve(IndexBuilder.STATE).toFile(), IndexState.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return state;
    }

    /** Why an older generation was opened instead of a fresh one, or null. */
    public RuntimeException fallbackCause() {
        return fallbackCause;
    }

    /**
     * The rules' whole analysis, or null when the KB has no rules: every part read from the
     * generation's store, the scores read from the index claim by claim as asked for. A command
     * that needs one part reads just that part ({@link #verdicts()}, {@link #disagreementsOf}, ...).
     */
    public synchronized Analysis analysis() {
        if (analysis == null && state().scored()) {
            analysis = store().all(new IndexedScores(reader, search()));
        }
        return analysis;
    }

    private AnalysisStore store() {
        return new AnalysisStore(generation);
    }

    /** Whether the rules scored this generation (a KB without rules is only searchable). */
    public boolean scored() {
        return state().scored();
    }

    /** Verdicts per proposition (scored generations only). */
    public List<Verdict> verdicts() {
        return analysis != null ? analysis.verdicts() : store().verdicts();
    }

    /** Report cards per speaker (scored generations only). */
    public List<ReportCard> reportCards() {
        return analysis != null ? analysis.reportCards() : store().reportCards();
    }

    /** Changes of view (scored generations only). */
    public List<Revision> revisions() {
        return analysis != null ? analysis.revisions() : store().revisions();
    }

    /** Speakers on two sides at one time (scored generations only). */
    public List<SelfContradiction> selfContradictions() {
        return analysis != null ? analysis.selfContradictions() : store().selfContradictions();
    }

    /**
     * The disagreement groups, heaviest first; with {@code speaker}, only those the speaker takes
     * part in (reading only the stored groups whose text names the speaker).
     */
    public List<Disagreement> disagreements(String speaker) {
        List<Disagreement> all = analysis != null ? analysis.disagreements()
                : store().disagreements(speaker);
        return speaker == null ? all : all.stream().filter(d -> d.speakers().contains(speaker)).toList();
    }

    /** The disagreement groups a claim is in, heaviest first: read from where its index document says they are. */
    public List<Disagreement> disagreementsOf(String claimId) {
        if (analysis != null) {
            return analysis.disagreementsOf(claimId);
        }
        return store().at(search().groupRefs(claimId));
    }

    /**
     * The knowledge base without its claims (speakers, entities, propositions, sources,
     * resolutions), as the generation stored it: what a command about a few claims needs beside
     * them ({@link ClaimSearch#claim}), without reading every fact file.
     */
    public synchronized KnowledgeBase registry() {
        if (registry == null) {
            try {
                registry = Json.mapper().readValue(generation.resolve(Registry.FILE).toFile(), Registry.class)
                        .withoutClaims();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + generation.resolve(Registry.FILE), e);
            }
        }
        return registry;
    }

    /** The knowledge base itself, read from the fact files on first use (search never needs it). */
    public synchronized KnowledgeBase knowledgeBase() {
        if (knowledgeBase == null) {
            try {
                // Through the parsed cache the build kept: on a large KB the parse is most of the load.
                LoadResult loaded = FactFiles.loadForReading(kbRoot, kbRoot.resolve(INDEX_DIR).resolve(IndexBuilder.PARSED));
                knowledgeBase = loaded.kb();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return knowledgeBase;
    }

    public synchronized ClaimSearch search() {
        if (search == null) {
            search = new ClaimSearch(reader);
        }
        return search;
    }

    public Path kbRoot() {
        return kbRoot;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
