package org.claimskb.factfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.claimskb.model.KnowledgeBase;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Loads a KB root's fact files: every {@code .yaml}, {@code .yml} and {@code .json} file under
 * {@code claims/} (hidden files and folders left out), in path order.
 */
public final class FactFiles {
    /**
     * Deepest nesting of lists and mappings read: a fact file needs about six levels; the limit
     * keeps the recursive tree building far from the end of any thread's stack.
     */
    static final int MAX_DEPTH = 100;

    /** The parsers, built on first use: listing the files (every command) needs none of them. */
    private static final class Parsers {
        static final StreamReadConstraints LIMITS = StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build();
        static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(largeDocuments())
                .streamReadConstraints(LIMITS).build();
        static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(LIMITS).build();
    }

    private FactFiles() {}

    /** The fact files of a KB root, sorted by path. */
    public static List<Path> list(Path kbRoot) throws IOException {
        return List.copyOf(listWithAttributes(kbRoot).keySet());
    }

    /**
     * The fact files of a KB root, sorted by path, each with its attributes as the walk read them
     * (a link's are its target's): one look at each file, for commands that stat them all.
     */
    public static Map<Path, BasicFileAttributes> listWithAttributes(Path kbRoot) throws IOException {
        Path claims = kbRoot.resolve("claims");
        var found = new java.util.TreeMap<String, Map.Entry<Path, BasicFileAttributes>>();
        if (!Files.isDirectory(claims)) {
            return Map.of();
        }
        Files.walkFileTree(claims, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(claims) || !dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!isFactFile(file) || file.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.CONTINUE;
                }
                BasicFileAttributes a = attrs;
                if (attrs.isSymbolicLink()) {
                    try {
                        a = Files.readAttributes(file, BasicFileAttributes.class); // the link's target
                    } catch (IOException broken) {
                        return FileVisitResult.CONTINUE; // a broken link is no file
                    }
                }
                if (a.isRegularFile()) {
                    found.put(file.toString(), Map.entry(file, a));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        var out = new LinkedHashMap<Path, BasicFileAttributes>();
        found.values().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    public static boolean isFactFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** Loads every fact file of the KB root. */
    public static LoadResult load(Path kbRoot) throws IOException {
        return load(kbRoot, List.of());
    }

    /** Told how many files a load reads, then of each one read and checked (from any thread). */
    public interface Progress {
        Progress NONE = new Progress() {};

        default void listed(int files) {}

        default void checked() {}
    }

    /**
     * Loads every fact file of the KB root, telling {@code progress} of each file, and keeping
     * each sound file's items in {@code cacheDir} ({@link ParsedCache}): a file loaded before
     * with the same name and bytes is not parsed again.
     */
    public static LoadResult load(Path kbRoot, Progress progress, Path cacheDir) throws IOException {
        ParsedCache cache = ParsedCache.at(cacheDir);
        LoadResult loaded = load(kbRoot, List.of(), null, null, progress, cache);
        cache.sweep();
        return loaded;
    }

    /**
     * As {@link #load(Path, Progress, Path)} for a command that reads the KB without building
     * (a report, the desk): entries are read and written as by a build, but none is removed, so a
     * reader never deletes what a build running beside it has just kept; builds do the cleaning.
     */
    public static LoadResult loadForReading(Path kbRoot, Path cacheDir) throws IOException {
        return load(kbRoot, List.of(), null, null, Progress.NONE, ParsedCache.at(cacheDir));
    }

    /**
     * Loads every fact file of the KB root plus {@code extraFiles} (fact files kept elsewhere,
     * e.g. a draft being checked), as one knowledge base.
     */
    public static LoadResult load(Path kbRoot, List<Path> extraFiles) throws IOException {
        return load(kbRoot, extraFiles, null, null, Progress.NONE, null);
    }

    /**
     * Loads the KB as it would be if {@code target} (under {@code claims/}, existing or not) held
     * {@code content}: how a new or replacing fact file is checked before it is written.
     */
    public static LoadResult loadWith(Path kbRoot, Path target, String content) throws IOException {
        return load(kbRoot, List.of(target), target, content, Progress.NONE, null);
    }

    private static LoadResult load(Path kbRoot, List<Path> extraFiles, Path substituted, String substitute,
            Progress progress, ParsedCache cache) throws IOException {
        Path substitutedAbs = substituted == null ? null : substituted.toAbsolutePath().normalize();
        List<Path> listed = list(kbRoot);
        var paths = new ArrayList<>(listed);
        for (Path extra : extraFiles) {
            Path abs = extra.toAbsolutePath().normalize();
            if (paths.stream().noneMatch(p -> p.toAbsolutePath().normalize().equals(abs))) {
                paths.add(extra);
            }
        }
        var problems = new ArrayList<Problem>();
        var skipped = new ArrayList<SkippedFile>();
        var parsed = new ArrayList<CrossFileCheck.FileItems>();
        var pathOf = new HashMap<CrossFileCheck.FileItems, Path>();
        Set<Path> listedSet = new java.util.HashSet<>(listed);
        progress.listed(paths.size());
        // Each file is read, parsed, schema-checked and turned into records on its own, on every
        // core; the results are then taken in path order, so what loads never depends on the threads.
        List<Checked> checked = paths.parallelStream().map(path -> {
            boolean isSubstitute = path.toAbsolutePath().normalize().equals(substitutedAbs);
            Checked c = isSubstitute ? checkText(kbRoot, path, substitute)
                    : check(kbRoot, path, listedSet.contains(path), listedSet.contains(path) ? cache : null);
            progress.checked();
            return c;
        }).toList();
        for (Checked c : checked) {
            if (c.items() != null) {
                parsed.add(c.items());
                pathOf.put(c.items(), c.path());
            } else {
                c.findings().forEach(f -> problems.add(f.problem()));
                long fatal = c.findings().stream().filter(Finding::wholeFile).count();
                skipped.add(new SkippedFile(c.name(), CrossFileCheck.count((int) fatal)));
            }
        }
        Map<Path, FileAge.Age> ages = FileAge.of(kbRoot, new ArrayList<>(pathOf.values()), substitutedAbs);
        List<CrossFileCheck.FileItems> byAge = new ArrayList<>(parsed);
        byAge.sort(Comparator.comparing(f -> ages.get(pathOf.get(f))));
        return loaded(parsed, byAge, problems, skipped);
    }

    /** The KB of the files that parsed, once the checks across files have said which items load. */
    private static LoadResult loaded(List<CrossFileCheck.FileItems> inPathOrder, List<CrossFileCheck.FileItems> byAge,
            List<Problem> problems, List<SkippedFile> skipped) {
        CrossFileCheck.Outcome outcome = CrossFileCheck.run(byAge);
        problems.addAll(outcome.problems());
        skipped.addAll(outcome.skipped());
        var sections = new RecordMapper.Sections(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (CrossFileCheck.FileItems file : inPathOrder) {
            RecordMapper.collect(file, sections);
        }
        problems.sort(Comparator.naturalOrder());
        skipped.sort(Comparator.comparing(SkippedFile::path).thenComparingInt(SkippedFile::line));
        var kb = new KnowledgeBase(sections.speakers(), sections.entities(), sections.propositions(),
                sections.sources(), sections.claims(), sections.resolutions());
        return new LoadResult(kb, problems, skipped);
    }

    /**
     * One file read, parsed and checked on its own: its items (described, with their problems so
     * far and the records of the sound ones; the tree itself dropped) when it can load, else null
     * and the whole-file findings.
     */
    private record Checked(Path path, String name, CrossFileCheck.FileItems items, List<Finding> findings) {}

    /** A file of the KB read from disk, its items from {@code cache} when it holds them (null: no cache). */
    private static Checked check(Path kbRoot, Path path, boolean listed, ParsedCache cache) {
        String name = display(kbRoot, path);
        var findings = new ArrayList<Finding>();
        byte[] bytes = read(kbRoot, name, path, listed, findings);
        if (bytes == null) {
            return new Checked(path, name, null, findings);
        }
        return checked(path, name, bytes, relocator(name, path, bytes), cache, findings);
    }

    /** A file as it would be if it held {@code text} (a new or replacing fact file being checked). */
    private static Checked checkText(Path kbRoot, Path path, String text) {
        return checked(path, display(kbRoot, path), text.getBytes(StandardCharsets.UTF_8), null, null,
                new ArrayList<>());
    }

    /**
     * A file's bytes parsed and checked on their own, or their items from {@code cache} (null: no
     * cache); a {@code relocator} (null: every location kept) reads the file again for a deep location.
     */
    private static Checked checked(Path path, String name, byte[] bytes, LocatedTree.Relocator relocator,
            ParsedCache cache, List<Finding> findings) {
        String key = cache == null ? null : cache.key(name, bytes);
        if (key != null) {
            CrossFileCheck.FileItems kept = cache.get(key, name, relocator);
            if (kept != null) {
                return new Checked(path, name, kept, List.of());
            }
        }
        CrossFileCheck.FileItems items = checkedItems(parse(name, bytes, findings, false, relocator), findings);
        if (items != null && key != null) {
            cache.put(key, items); // kept only when no item has a problem of its own
        }
        return new Checked(path, name, items, items == null ? findings : List.of());
    }

    /**
     * A parsed file's items, schema-checked, described and mapped; null when the file cannot be
     * walked (its whole-file findings are then in {@code findings}).
     */
    private static CrossFileCheck.FileItems checkedItems(LocatedTree tree, List<Finding> findings) {
        if (tree != null && findings.stream().noneMatch(Finding::wholeFile)) {
            findings.addAll(SchemaCheck.instance().shape(tree));
        }
        if (tree == null || findings.stream().anyMatch(Finding::wholeFile)) {
            return null;
        }
        findings.addAll(SchemaCheck.instance().check(tree));
        CrossFileCheck.FileItems items = CrossFileCheck.itemsOf(tree, tree.locationsOnly(), findings);
        RecordMapper.mapItems(tree, items);
        return items;
    }

    /**
     * Loads one file's bytes as the whole KB, in memory (no disk, no git): every check the loader
     * runs on a file, for fuzzing and for tools that check a text before it is written.
     */
    static LoadResult loadAlone(String name, byte[] bytes) {
        var findings = new ArrayList<Finding>();
        LocatedTree tree = parse(name, bytes, findings);
        CrossFileCheck.FileItems items = checkedItems(tree, findings);
        var problems = new ArrayList<Problem>();
        var skipped = new ArrayList<SkippedFile>();
        if (items == null) {
            findings.forEach(f -> problems.add(f.problem()));
            skipped.add(new SkippedFile(name, CrossFileCheck.count(problems.size())));
            problems.sort(Comparator.naturalOrder());
            return new LoadResult(new KnowledgeBase(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                    problems, skipped);
        }
        return loaded(List.of(items), List.of(items), problems, skipped);
    }

    /**
     * The source id a fact file holds ({@code source: {id: ...}}), if it can be read and has one;
     * empty for a registry file, a file of resolutions, or a file that cannot be parsed.
     */
    public static java.util.Optional<String> sourceIdOf(Path file) {
        var findings = new ArrayList<Finding>();
        LocatedTree tree;
        try {
            tree = parse(file.toString(), Files.readAllBytes(file), findings);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
        if (tree == null) {
            return java.util.Optional.empty();
        }
        var id = tree.root.path("source").path("id");
        return id.isTextual() ? java.util.Optional.of(id.asText()) : java.util.Optional.empty();
    }

    /** The path as messages show it: relative to the KB root when inside it, on one line. */
    public static String display(Path kbRoot, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path root = kbRoot.toAbsolutePath().normalize();
        return Quote.oneLine(abs.startsWith(root) ? root.relativize(abs).toString() : path.toString());
    }

    /**
     * Reads one file's bytes; null (with a whole-file finding) when it cannot be read. A listed
     * file that is a link to a file outside the KB root is not read.
     */
    private static byte[] read(Path kbRoot, String name, Path path, boolean listed, List<Finding> problems) {
        try {
            if (listed && Files.isSymbolicLink(path)
                    && !path.toRealPath().startsWith(kbRoot.toRealPath())) {
                problems.add(Finding.wholeFile(new Problem(name, 1, 1,
                        "a link to a file outside the KB root; not read (copy the file into claims/ instead)")));
                return null;
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(Finding.wholeFile(new Problem(name, 1, 1, "cannot read the file"
                    + (e instanceof java.nio.file.NoSuchFileException ? ": it does not exist (a broken link?)" : "")
                    + (e instanceof java.nio.file.AccessDeniedException ? ": permission denied" : ""))));
            return null;
        } catch (OutOfMemoryError tooLarge) {
            problems.add(Finding.wholeFile(new Problem(name, 1, 1, "the file is too large to read")));
            return null;
        }
    }

    /**
     * Reads {@code path} again with every location, for a tree that kept item-level locations
     * only; null when the file no longer holds the same bytes (then problems are located at
     * their item).
     */
    private static LocatedTree.Relocator relocator(String name, Path path, byte[] bytes) {
        int length = bytes.length;
        long checksum = checksum(bytes);
        return () -> {
            try {
                byte[] again = Files.readAllBytes(path);
                if (again.length != length || checksum(again) != checksum) {
                    return null;
                }
                return parse(name, again, new ArrayList<>(), false, null);
            } catch (IOException e) {
                return null;
            }
        };
    }

    private static long checksum(byte[] bytes) {
        var crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return crc.getValue();
    }

    /** Parses a text as the loader does (for edits that need the positions); null when it cannot be parsed. */
    static LocatedTree parseText(String name, String text, List<Finding> problems) {
        return parse(name, text.getBytes(StandardCharsets.UTF_8), problems, true);
    }

    private static LocatedTree parse(String name, byte[] bytes, List<Finding> problems) {
        return parse(name, bytes, problems, false, null);
    }

    private static LocatedTree parse(String name, byte[] bytes, List<Finding> problems, boolean spans) {
        return parse(name, bytes, problems, spans, null);
    }

    /**
     * With {@code spans}, the tree also records where each value ends (for edits; loading does not
     * need it); with a {@code relocator}, it keeps item-level locations only and reads the text
     * again through it when a problem needs a deeper one.
     */
    private static LocatedTree parse(String name, byte[] bytes, List<Finding> problems, boolean spans,
            LocatedTree.Relocator relocator) {
        String text;
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            problems.add(Finding.wholeFile(new Problem(name, 1, 1, "UTF-16 text; fact files must be UTF-8")));
            return null;
        }
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(Finding.wholeFile(new Problem(name, 1, 1, "not UTF-8 text (fact files must be UTF-8)")));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            problems.add(Finding.wholeFile(new Problem(name, 1, 1, "binary file, not a fact file (it holds NUL bytes)")));
            return null;
        }
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        try (JsonParser parser = (json ? Parsers.JSON : Parsers.YAML).createParser(text)) {
            return LocatedTree.read(name, parser, problems, spans, relocator);
        } catch (JsonProcessingException e) {
            problems.add(Finding.wholeFile(syntaxProblem(name, json, e, text)));
            return null;
        } catch (IOException | RuntimeException e) {
            // The YAML parser reports some malformed input (bad escapes, odd tags) as unchecked exceptions.
            problems.add(Finding.wholeFile(new Problem(name, 1, 1, (json ? "JSON" : "YAML")
                    + " syntax error: the text cannot be parsed")));
            return null;
        }
    }

    /**
     * The plain one-line problem for YAML that does not parse, as {@code validate} words it, for
     * other readers of YAML (a transcript's front matter): located in {@code text}, no parser internals.
     */
    public static Problem yamlSyntaxProblem(String name, String text, JsonProcessingException e) {
        return syntaxProblem(name, false, e, text);
    }

    private static final java.util.regex.Pattern MARK =
            java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

    /**
     * A syntax error at the parser's problem mark, with the parser's explanation in plain words
     * minus its echo of the source lines: "YAML syntax error: expected the node content, but found '-'".
     */
    static Problem syntaxProblem(String name, boolean json, JsonProcessingException e, String text) {
        String original = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        if (original.startsWith("special characters are not allowed")) {
            // The YAML reader does not say where: the first character YAML forbids is the place.
            for (int i = 0, l = 1, lineStart = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    l++;
                    lineStart = i + 1;
                } else if ((c < 0x20 && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F && c != 0x85)
                        || c == 0xFFFE || c == 0xFFFF) {
                    line = l;
                    column = i - lineStart + 1;
                    break;
                }
            }
        }
        String plain = SyntaxMessages.plain(original);
        if (plain != null) {
            return new Problem(name, line, column, plain);
        }
        var explanation = new ArrayList<String>();
        for (String l : original.lines().toList()) {
            if (l.startsWith(" in 'reader'")) {
                var m = MARK.matcher(l);
                if (m.find()) {
                    line = Integer.parseInt(m.group(1));
                    column = Integer.parseInt(m.group(2));
                }
            } else if (!l.isBlank() && !l.startsWith(" ")) {
                explanation.add(l.strip());
            }
        }
        String message = explanation.isEmpty() ? "syntax error" : explanation.get(explanation.size() - 1);
        String tab = SyntaxMessages.tab(message);
        if (tab != null) {
            message = tab;
        }
        if (json) {
            message = original.lines().findFirst().orElse("syntax error").strip();
        }
        return new Problem(name, line, column, (json ? "JSON" : "YAML") + " syntax error: " + SyntaxMessages.clean(message));
    }

    private static LoaderOptions largeDocuments() {
        var options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setAllowDuplicateKeys(true); // reported by LocatedTree with their position instead
        return options;
    }

    /** For tests and tools: the problems of each file, keyed by displayed path. */
    public static Map<String, List<Problem>> byFile(List<Problem> problems) {
        var map = new LinkedHashMap<String, List<Problem>>();
        for (Problem p : problems) {
            map.computeIfAbsent(p.path(), k -> new ArrayList<>()).add(p);
        }
        return map;
    }
}
