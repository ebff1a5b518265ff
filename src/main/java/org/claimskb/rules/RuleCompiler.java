package org.claimskb.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.claimskb.factfile.Problem;
import org.claimskb.scoring.RuleInfo;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles {@code rules/*.drl} with the Drools KnowledgeBuilder, and caches the result keyed by
 * a SHA-256 of the DRL texts: in memory for the life of the process, and on disk as serialized
 * {@link KiePackage}s (Drools 10 still serializes compiled packages, consequence bytecode
 * included, and a fresh JVM can rebuild a KieBase from them: ~0.1 s instead of ~1-2 s of
 * compiling). A cache file that fails to load for any reason is ignored and rewritten.
 */
final class RuleCompiler {
    /** Bumped when the fact classes change shape in a way that would break cached rules. */
    private static final String FACT_MODEL_VERSION = "claims-kb-facts-1";
    private static final String CACHE_SUFFIX = ".kpkg";
    private static final int MEMORY_CACHE_SIZE = 8;
    private static final Pattern RULE_HEADER = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private static final Map<String, CompiledRules> MEMORY = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, CompiledRules> eldest) {
            return size() > MEMORY_CACHE_SIZE;
        }
    };

    private RuleCompiler() {}

    /** A DRL file as read: its path relative to the KB root, and its text. */
    record DrlFile(String path, String text) {}

    static CompiledRules compile(Path rulesDir, Path cacheDir) {
        List<DrlFile> files = read(rulesDir);
        String hash = hash(files);
        synchronized (MEMORY) {
            CompiledRules cached = MEMORY.get(hash);
            if (cached != null) {
                return cached.withOrigin(CompiledRules.Origin.MEMORY);
            }
        }
        CompiledRules result = cacheDir == null ? null : loadCache(cacheDir, hash, files);
        if (result == null) {
            Collection<KiePackage> packages = build(files);
            result = assemble(hash, packages, files, CompiledRules.Origin.COMPILED);
            if (cacheDir != null) {
                writeCache(cacheDir, hash, packages);
            }
        }
        synchronized (MEMORY) {
            MEMORY.put(hash, result);
        }
        return result;
    }

    /** Forgets compiled rules held in memory (tests use it to exercise the disk cache). */
    static void clearMemoryCache() {
        synchronized (MEMORY) {
            MEMORY.clear();
        }
    }

    static List<DrlFile> read(Path rulesDir) {
        Path dir = rulesDir.toAbsolutePath().normalize();
        Path root = dir.getParent() == null ? dir : dir.getParent();
        if (!Files.isDirectory(dir)) {
            throw RuleErrors.of(new Problem(relative(root, dir), 0, 0, "rules directory not found"));
        }
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(p -> p.getFileName().toString().endsWith(".drl") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            throw RuleErrors.of(new Problem(relative(root, dir), 0, 0, "cannot list rules: " + e.getMessage()));
        }
        if (paths.isEmpty()) {
            throw RuleErrors.of(new Problem(relative(root, dir), 0, 0, "no .drl files: the scoring rules are missing"));
        }
        List<DrlFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path p : paths) {
            try {
                files.add(new DrlFile(relative(root, p), Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                problems.add(new Problem(relative(root, p), 0, 0, "cannot read: " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleErrors(problems);
        }
        return files;
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    private static String hash(List<DrlFile> files) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((FACT_MODEL_VERSION + "\n" + KnowledgeBuilderFactory.class.getPackage().getImplementationVersion()
                    + "\n").getBytes(StandardCharsets.UTF_8));
            for (Class<?> c : FactModel.CLASSES) {
                md.update(classBytes(c));
            }
            for (DrlFile f : files) {
                md.update(f.path().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(f.text().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** The bytecode of a fact class, so that a rebuilt engine never reuses stale compiled rules. */
    private static byte[] classBytes(Class<?> c) {
        try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
            return in == null ? c.getName().getBytes(StandardCharsets.UTF_8) : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Collection<KiePackage> build(List<DrlFile> files) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (DrlFile f : files) {
            builder.add(ResourceFactory.newByteArrayResource(f.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(f.path()), ResourceType.DRL);
        }
        List<Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderResult r : builder.getResults(ResultSeverity.ERROR)) {
            String path = r.getResource() != null && r.getResource().getSourcePath() != null
                    ? r.getResource().getSourcePath() : files.size() == 1 ? files.get(0).path() : "rules";
            int[] lines = r.getLines();
            int line = lines != null && lines.length > 0 ? Math.max(0, lines[0]) : 0;
            problems.add(new Problem(path, line, 0, DrlMessages.clean(r.getMessage())));
        }
        if (!problems.isEmpty()) {
            // "Parser returned a null Package" only repeats that the file had syntax errors.
            List<Problem> useful = problems.stream().filter(p -> !p.message().startsWith("Parser returned a null Package")
                    || problems.stream().filter(q -> q.path().equals(p.path())).count() == 1).toList();
            throw new RuleErrors(useful.stream().distinct().sorted().toList());
        }
        return builder.getKnowledgePackages();
    }

    private static CompiledRules assemble(String hash, Collection<KiePackage> packages, List<DrlFile> files,
                                          CompiledRules.Origin origin) {
        Map<String, Map<String, Integer>> linesByFile = new HashMap<>();
        for (DrlFile f : files) {
            linesByFile.put(f.path(), ruleLines(f.text()));
        }
        List<RuleImpl> all = new ArrayList<>();
        for (KiePackage p : packages) {
            for (Rule r : p.getRules()) {
                all.add((RuleImpl) r);
            }
        }
        all.sort((a, b) -> {
            int c = fileOf(a).compareTo(fileOf(b));
            return c != 0 ? c : Integer.compare(a.getLoadOrder(), b.getLoadOrder());
        });
        List<Problem> problems = new ArrayList<>();
        List<RuleInfo> infos = new ArrayList<>();
        Map<String, RuleMeta> meta = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        for (RuleImpl r : all) {
            String file = fileOf(r);
            int line = linesByFile.getOrDefault(file, Map.of()).getOrDefault(r.getName(), 0);
            try {
                RuleMeta m = RuleMeta.of(r, file);
                meta.put(Findings.key(r), m);
                // Findings list first-stage rules before the relations stage, then in file and DRL order.
                int stage = RulesEngine.RELATIONS.equals(r.getAgendaGroup()) ? 1_000_000 : 0;
                order.putIfAbsent(r.getName(), stage + infos.size());
                lines.putIfAbsent(r.getName(), line);
                infos.add(new RuleInfo(file, r.getName(), m.flag() == null ? null : m.flag().name(), m.weight(),
                        m.reason()));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(file, line, 0, "rule \"" + r.getName() + "\": " + e.getMessage()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleErrors(problems.stream().sorted().toList());
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(packages);
        return new CompiledRules(hash, kieBase, infos, meta, order, lines, origin);
    }

    private static String fileOf(RuleImpl r) {
        return r.getResource() != null && r.getResource().getSourcePath() != null ? r.getResource().getSourcePath() : "rules";
    }

    /** Rule name to the 1-based line of its {@code rule} header, read from the DRL text. */
    static Map<String, Integer> ruleLines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            Matcher m = RULE_HEADER.matcher(all[i]);
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                lines.putIfAbsent(name, i + 1);
            }
        }
        return lines;
    }

    // ---- on-disk cache ----

    /** Only Drools, MVEL, the JDK and our own classes may come out of a cache file. */
    private static final ObjectInputFilter CACHE_FILTER = ObjectInputFilter.Config.createFilter(
            "java.**;org.drools.**;org.kie.**;org.mvel2.**;org.claimskb.**;!*");

    private static CompiledRules loadCache(Path cacheDir, String hash, List<DrlFile> files) {
        Path file = cacheDir.resolve(hash + CACHE_SUFFIX);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            in.setObjectInputFilter(CACHE_FILTER);
            List<KiePackage> packages = new ArrayList<>();
            for (Object o : (List<?>) in.readObject()) {
                packages.add((KiePackage) o);
            }
            return assemble(hash, packages, files, CompiledRules.Origin.DISK);
        } catch (IOException | ClassNotFoundException | RuntimeException | LinkageError e) {
            // A stale or damaged cache costs one recompilation, never a failure.
            return null;
        }
    }

    private static void writeCache(Path cacheDir, String hash, Collection<KiePackage> packages) {
        try {
            Files.createDirectories(cacheDir);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(new ArrayList<>(packages));
            }
            Path target = cacheDir.resolve(hash + CACHE_SUFFIX);
            Path tmp = Files.createTempFile(cacheDir, "rules-", ".tmp");
            Files.write(tmp, bytes.toByteArray());
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            try (Stream<Path> old = Files.list(cacheDir)) {
                for (Path p : old.filter(p -> p.toString().endsWith(CACHE_SUFFIX) && !p.equals(target)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation: a read-only KB or a full disk only costs compile time.
        }
    }
}
