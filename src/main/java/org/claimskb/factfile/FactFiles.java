package org.claimskb.factfile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.claimskb.model.KnowledgeBase;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Loads a KB root's fact files: every {@code .yaml}, {@code .yml} and {@code .json} file under
 * {@code claims/} (hidden files and folders left out), in path order.
 */
public final class FactFiles {
    private static final YAMLFactory YAML = YAMLFactory.builder().loaderOptions(largeDocuments()).build();
    private static final JsonFactory JSON = new JsonFactory();

    private FactFiles() {}

    /** The fact files of a KB root, sorted by path. */
    public static List<Path> list(Path kbRoot) throws IOException {
        Path claims = kbRoot.resolve("claims");
        if (!Files.isDirectory(claims)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(claims)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> isFactFile(p) && !hidden(claims.relativize(p)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    public static boolean isFactFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /** Loads every fact file of the KB root. */
    public static LoadResult load(Path kbRoot) throws IOException {
        return load(kbRoot, List.of());
    }

    /**
     * Loads every fact file of the KB root plus {@code extraFiles} (fact files kept elsewhere,
     * e.g. a draft being checked), as one knowledge base.
     */
    public static LoadResult load(Path kbRoot, List<Path> extraFiles) throws IOException {
        return load(kbRoot, extraFiles, null, null);
    }

    /**
     * Loads the KB as it would be if {@code target} (under {@code claims/}, existing or not) held
     * {@code content}: how a new or replacing fact file is checked before it is written.
     */
    public static LoadResult loadWith(Path kbRoot, Path target, String content) throws IOException {
        return load(kbRoot, List.of(target), target, content);
    }

    private static LoadResult load(Path kbRoot, List<Path> extraFiles, Path substituted, String substitute)
            throws IOException {
        Path substitutedAbs = substituted == null ? null : substituted.toAbsolutePath().normalize();
        var paths = new ArrayList<>(list(kbRoot));
        for (Path extra : extraFiles) {
            Path abs = extra.toAbsolutePath().normalize();
            if (paths.stream().noneMatch(p -> p.toAbsolutePath().normalize().equals(abs))) {
                paths.add(extra);
            }
        }
        var problems = new ArrayList<Problem>();
        var parsed = new ArrayList<LocatedTree>();
        var rejected = new LinkedHashMap<LocatedTree, String>();
        var skipped = new ArrayList<SkippedFile>();
        for (Path path : paths) {
            String name = display(kbRoot, path);
            var fileProblems = new ArrayList<Problem>();
            LocatedTree tree = path.toAbsolutePath().normalize().equals(substitutedAbs)
                    ? parse(name, substitute.getBytes(java.nio.charset.StandardCharsets.UTF_8), fileProblems)
                    : parse(name, path, fileProblems);
            if (tree != null) {
                fileProblems.addAll(SchemaCheck.instance().check(tree));
                parsed.add(tree);
                if (!fileProblems.isEmpty()) {
                    rejected.put(tree, count(fileProblems.size()));
                }
            } else {
                skipped.add(new SkippedFile(name, count(fileProblems.size())));
            }
            problems.addAll(fileProblems);
        }
        CrossFileCheck.Outcome outcome = CrossFileCheck.run(parsed, rejected);
        outcome.problems().values().forEach(problems::addAll);
        var sections = new RecordMapper.Sections(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (LocatedTree tree : parsed) {
            String reason = outcome.skipped().get(tree);
            if (reason != null) {
                skipped.add(new SkippedFile(tree.path, reason));
            } else {
                RecordMapper.map(tree, sections);
            }
        }
        problems.sort(Comparator.naturalOrder());
        skipped.sort(Comparator.comparing(SkippedFile::path));
        var kb = new KnowledgeBase(sections.speakers(), sections.entities(), sections.propositions(),
                sections.sources(), sections.claims(), sections.resolutions());
        return new LoadResult(kb, problems, skipped);
    }

    private static String count(int n) {
        return n + " problem" + (n == 1 ? "" : "s");
    }

    /** The path as messages show it: relative to the KB root when inside it. */
    public static String display(Path kbRoot, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path root = kbRoot.toAbsolutePath().normalize();
        return abs.startsWith(root) ? root.relativize(abs).toString() : path.toString();
    }

    /** Reads and parses one file; null (with problems) when it cannot be read or parsed. */
    private static LocatedTree parse(String name, Path path, List<Problem> problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            problems.add(new Problem(name, 0, 0, "cannot read: " + e.getMessage()));
            return null;
        }
        return parse(name, bytes, problems);
    }

    private static LocatedTree parse(String name, byte[] bytes, List<Problem> problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(name, 0, 0, "not UTF-8 text (fact files must be UTF-8)"));
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            problems.add(new Problem(name, 0, 0, "binary file, not a fact file"));
            return null;
        }
        boolean json = name.toLowerCase(Locale.ROOT).endsWith(".json");
        try (JsonParser parser = (json ? JSON : YAML).createParser(text)) {
            return LocatedTree.read(name, parser, problems);
        } catch (JsonProcessingException e) {
            problems.add(syntaxProblem(name, json, e));
            return null;
        } catch (IOException e) {
            problems.add(new Problem(name, 0, 0, "cannot parse: " + e.getMessage()));
            return null;
        }
    }

    private static final java.util.regex.Pattern MARK =
            java.util.regex.Pattern.compile("line (\\d+), column (\\d+)");

    /**
     * A syntax error at the parser's problem mark, with the parser's explanation minus its
     * echo of the source lines: "YAML syntax error: expected the node content, but found '-'".
     */
    private static Problem syntaxProblem(String name, boolean json, JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage();
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
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
        if (json) {
            message = original.lines().findFirst().orElse("syntax error").strip();
        }
        return new Problem(name, line, column, (json ? "JSON" : "YAML") + " syntax error: " + message);
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
