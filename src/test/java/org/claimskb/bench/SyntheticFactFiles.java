package org.claimskb.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.claimskb.model.Claim;
import org.claimskb.model.Entity;
import org.claimskb.model.Interest;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Proposition;
import org.claimskb.model.Quantity;
import org.claimskb.model.Resolution;
import org.claimskb.model.Source;
import org.claimskb.model.Speaker;
import org.claimskb.model.Stance;

/**
 * Writes the stance-dense synthetic KB of {@link RulesBenchmark} as fact files on disk, for the
 * build benchmark: {@code claims/speakers.yaml}, {@code entities.yaml}, {@code propositions.yaml},
 * then one file per source of {@code perFile} claims (the resolutions ride in the last one), and
 * the shipped {@code rules/}. Claim texts are sentences of 8-14 words drawn from a 400-word
 * vocabulary, a third with a Japanese and a third with a Traditional Chinese quote, so the index
 * holds text of a realistic shape; the numbers, stances and interests are those of the rules
 * benchmark's KB.
 */
final class SyntheticFactFiles {
    private static final String[] JA = {"ラック重量", "電力消費", "トークン", "粗利益率", "推論", "学習", "半導体",
            "データセンター", "需要", "供給", "価格", "性能"};
    private static final String[] ZH = {"訓練成本", "推理需求", "市場份額", "毛利率", "晶片", "資料中心", "電力",
            "供應鏈", "資本支出", "產能"};

    private SyntheticFactFiles() {}

    /** {@code java ... SyntheticFactFiles DIR CLAIMS [PER_FILE]}: writes the KB (200 claims per file by default). */
    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[1]);
        int perFile = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        long t0 = System.nanoTime();
        KnowledgeBase kb = write(Path.of(args[0]), n, perFile, 42);
        System.out.printf(Locale.ROOT, "wrote %,d claims in %,d sources under %s in %,d ms%n", kb.claims().size(),
                kb.sources().size(), args[0], (System.nanoTime() - t0) / 1_000_000);
    }

    /** Writes {@code n} claims under {@code root}, which must be empty or absent. */
    static KnowledgeBase write(Path root, int n, int perFile, long seed) throws IOException {
        KnowledgeBase kb = RulesBenchmark.synthetic(n, seed, perFile);
        Path claims = Files.createDirectories(root.resolve("claims"));
        copyRules(Path.of("rules"), Files.createDirectories(root.resolve("rules")));
        writeSpeakers(claims.resolve("speakers.yaml"), kb.speakers());
        writeEntities(claims.resolve("entities.yaml"), kb.entities());
        writePropositions(claims.resolve("propositions.yaml"), kb.propositions());
        Map<String, List<Claim>> bySource = new LinkedHashMap<>();
        kb.claims().forEach(c -> bySource.computeIfAbsent(c.sourceId(), k -> new ArrayList<>()).add(c));
        Random words = new Random(seed + 1);
        List<String> vocabulary = vocabulary(new Random(seed + 2));
        int last = kb.sources().size() - 1;
        for (int s = 0; s <= last; s++) {
            Source source = kb.sources().get(s);
            writeSource(claims.resolve(source.id() + ".yaml"), source, bySource.getOrDefault(source.id(), List.of()),
                    s == last ? kb.resolutions() : List.of(), words, vocabulary);
        }
        return kb;
    }

    private static void copyRules(Path from, Path to) throws IOException {
        try (var files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static List<String> vocabulary(Random r) {
        String[] stems = {"rack", "power", "token", "margin", "train", "infer", "cost", "chip", "wafer", "yield",
                "memory", "network", "cooling", "demand", "supply", "capex", "cloud", "model", "price", "energy"};
        String[] ends = {"", "s", "ing", "ed", "er", "ly", "ment", "ness", "al", "ive", "ion", "ity", "ure",
                "ant", "ous", "ize", "ful", "less", "ward", "ship"};
        List<String> v = new ArrayList<>();
        for (String s : stems) {
            for (String e : ends) {
                v.add(s + e);
            }
        }
        java.util.Collections.shuffle(v, r);
        return v;
    }

    private static void writeSpeakers(Path file, List<Speaker> speakers) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("speakers:\n");
            for (Speaker s : speakers) {
                w.write("- id: " + s.id() + "\n  name: " + s.name() + "\n  regime: " + s.regime().wire() + "\n");
                if (!s.interests().isEmpty()) {
                    w.write("  interests:\n");
                    for (Interest i : s.interests()) {
                        w.write("  - {entity: " + i.entity() + ", kind: " + i.kind().wire() + ", basis: " + i.basis()
                                + ", evidence: https://example.org/filings/" + s.id() + "}\n");
                    }
                }
            }
        }
    }

    private static void writeEntities(Path file, List<Entity> entities) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("entities:\n");
            for (Entity e : entities) {
                w.write("- {id: " + e.id() + ", name: " + e.name() + ", kind: " + e.kind().wire()
                        + (e.partOf() == null ? "" : ", part_of: " + e.partOf()) + "}\n");
            }
        }
    }

    private static void writePropositions(Path file, List<Proposition> propositions) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("propositions:\n");
            for (Proposition p : propositions) {
                w.write("- {id: " + p.id() + ", statement: " + p.statement() + "}\n");
            }
        }
    }

    private static void writeSource(Path file, Source s, List<Claim> claims, List<Resolution> resolutions,
            Random words, List<String> vocabulary) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("source:\n  id: " + s.id() + "\n  title: " + s.title() + "\n  kind: " + s.kind().wire()
                    + "\n  event: " + s.event() + "\n  date: " + s.date() + "\n  language: en\n  speakers: ["
                    + String.join(", ", s.speakers()) + "]\n\nclaims:\n");
            for (Claim c : claims) {
                writeClaim(w, c, words, vocabulary);
            }
            if (!resolutions.isEmpty()) {
                w.write("\nresolutions:\n");
                for (Resolution r : resolutions) {
                    w.write("  - {claim: " + r.claim() + ", outcome: " + r.outcome().wire() + ", date: " + r.date()
                            + ", evidence: https://example.org/outcome}\n");
                }
            }
        }
    }

    private static void writeClaim(Writer w, Claim c, Random r, List<String> vocabulary) throws IOException {
        StringBuilder b = new StringBuilder(512);
        b.append("  - id: ").append(c.id().substring(c.id().indexOf('/') + 1))
                .append("\n    speaker: ").append(c.speaker())
                .append("\n    kind: ").append(c.kind().wire())
                .append("\n    text: ").append(sentence(r, vocabulary)).append('\n');
        int script = r.nextInt(3);
        if (script > 0) {
            String[] words = script == 1 ? JA : ZH;
            b.append("    quote: \"").append(words[r.nextInt(words.length)]).append(script == 1 ? "は" : "的")
                    .append(words[r.nextInt(words.length)]).append(script == 1 ? "が増加している" : "持續增長").append("\"\n");
        }
        Quantity q = c.quantity();
        if (q != null) {
            b.append("    quantity: {subject: ").append(q.subject()).append(", metric: ").append(q.metric())
                    .append(", value: ").append(String.format(Locale.ROOT, "%.1f", q.min()))
                    .append(", unit: ").append(q.unit())
                    .append(q.scope() == null ? "" : ", scope: " + q.scope()).append("}\n");
        }
        if (!c.stances().isEmpty()) {
            b.append("    stance:\n");
            for (Stance s : c.stances()) {
                b.append("      - {proposition: ").append(s.proposition()).append(", position: ")
                        .append(s.position().wire()).append("}\n");
            }
        }
        if (c.when() != null) b.append("    when: ").append(c.when()).append('\n');
        if (!c.favors().isEmpty()) b.append("    favors: [").append(String.join(", ", c.favors())).append("]\n");
        if (!c.harms().isEmpty()) b.append("    harms: [").append(String.join(", ", c.harms())).append("]\n");
        if (c.due() != null) b.append("    due: ").append(c.due()).append('\n');
        if (c.probability() != null) b.append("    probability: ").append(c.probability()).append('\n');
        if (c.about() != null) {
            b.append("    about: ").append(c.about()).append("\n    assessment: ").append(c.assessment().wire()).append('\n');
        }
        if (c.status() != org.claimskb.model.ClaimStatus.REVIEWED) {
            b.append("    status: ").append(c.status().wire()).append('\n');
        }
        w.write(b.toString());
    }

    private static String sentence(Random r, List<String> vocabulary) {
        int n = 8 + r.nextInt(7);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append(' ');
            // Zipf-like: low ranks far more often, as in real text.
            int rank = (int) Math.min(vocabulary.size() - 1, Math.floor(Math.pow(vocabulary.size(), r.nextDouble())) - 1);
            b.append(vocabulary.get(Math.max(0, rank)));
        }
        return b.append('.').toString();
    }
}
