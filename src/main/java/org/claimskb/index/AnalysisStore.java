package org.claimskb.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.claimskb.files.Json;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Disagreement;
import org.claimskb.scoring.NumericDisagreement;
import org.claimskb.scoring.ReportCard;
import org.claimskb.scoring.Revision;
import org.claimskb.scoring.RuleInfo;
import org.claimskb.scoring.SelfContradiction;
import org.claimskb.scoring.StanceDisagreement;
import org.claimskb.scoring.Verdict;

/**
 * The rules' analysis as a generation stores it: one file per kind under {@code analysis/}, so a
 * command reads only what it needs. Disagreement groups are one JSON document per line
 * ({@code stance.ndjson}, {@code numeric.ndjson}), and each claim's index document records where
 * its groups are ({@link #refsOf}): {@code show} of one claim reads its two or three lines, and
 * {@code contradictions --speaker X} parses only the lines that name the speaker. The scores are
 * not here: each claim's document holds its own ({@link IndexedScores}).
 */
final class AnalysisStore {
    static final String DIR = "analysis";
    private static final String META = "meta.json";
    private static final String STANCE = "stance.ndjson";
    private static final String NUMERIC = "numeric.ndjson";
    private static final String SELF = "self-contradictions.json";
    private static final String REVISIONS = "revisions.json";
    private static final String VERDICTS = "verdicts.json";
    private static final String CARDS = "report-cards.json";

    /** What the analysis says besides its parts: the day and the rules that made it. */
    record Meta(LocalDate asOf, List<RuleInfo> rules) {}

    private final Path dir;

    AnalysisStore(Path generation) {
        this.dir = generation.resolve(DIR);
    }

    // ---- writing --------------------------------------------------------------------------

    /**
     * Writes {@code analysis} but its scores under {@code generation}; returns, per claim id, its
     * disagreement groups' references, for the claim's index document. A reference names the group
     * by what it is about (its proposition or quantity and year), not by where it is stored, so a
     * rebuild after an edit elsewhere gives an unchanged claim the same references (and the same
     * document: {@link IndexBuilder} then leaves it alone); {@value #PLACES} says where each is.
     */
    static Map<String, List<String>> write(Path generation, Analysis analysis) throws IOException {
        Path dir = Files.createDirectories(generation.resolve(DIR));
        ObjectMapper json = Json.mapper();
        json.writeValue(dir.resolve(META).toFile(), new Meta(analysis.asOf(), analysis.rules()));
        json.writeValue(dir.resolve(SELF).toFile(), analysis.selfContradictions());
        json.writeValue(dir.resolve(REVISIONS).toFile(), analysis.revisions());
        json.writeValue(dir.resolve(VERDICTS).toFile(), analysis.verdicts());
        json.writeValue(dir.resolve(CARDS).toFile(), analysis.reportCards());
        Map<String, List<String>> refs = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        var places = new StringBuilder();
        lines(dir.resolve(STANCE), "s", analysis.stanceDisagreements(), refs, seen, places);
        lines(dir.resolve(NUMERIC), "n", analysis.numericDisagreements(), refs, seen, places);
        Files.writeString(dir.resolve(PLACES), places, StandardCharsets.UTF_8);
        return refs;
    }

    /** Where each group is: {@code REF OFFSET LENGTH} per line, the file named by the reference's first letter. */
    static final String PLACES = "places.txt";

    private static void lines(Path file, String tag, List<? extends Disagreement> groups, Map<String, List<String>> refs,
                              Map<String, Integer> seen, StringBuilder places) throws IOException {
        ObjectMapper json = Json.mapper();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long offset = 0;
            for (Disagreement d : groups) {
                byte[] line = json.writeValueAsBytes(d);
                out.write(line);
                out.write('\n');
                String ref = ref(tag, d, seen);
                places.append(ref).append(' ').append(offset).append(' ').append(line.length).append('\n');
                for (String claim : d.claims()) {
                    refs.computeIfAbsent(claim, k -> new ArrayList<>(2)).add(ref);
                }
                offset += line.length + 1;
            }
        }
    }

    /**
     * A group's reference: its kind's letter and 64 bits of a SHA-256 of what it is about (the
     * proposition, or the quantity's subject, metric and scope) and its year, with a count for a
     * second group of the same (a quantity measured in two dimensions).
     */
    private static String ref(String tag, Disagreement d, Map<String, Integer> seen) {
        String about = switch (d) {
            case StanceDisagreement s -> s.proposition();
            case NumericDisagreement n -> n.subject() + "\n" + n.metric() + "\n" + n.scope();
        };
        String identity = tag + "\n" + about + "\n" + d.year();
        int n = seen.merge(identity, 1, Integer::sum);
        byte[] sha = org.claimskb.files.CodeDigest.sha256().digest(
                (identity + "\n" + n).getBytes(StandardCharsets.UTF_8));
        return tag + java.util.HexFormat.of().formatHex(sha, 0, 8);
    }

    // ---- reading --------------------------------------------------------------------------

    /** The whole analysis, with {@code scores} (read on demand) as its scores. */
    Analysis all(Map<String, ClaimScore> scores) {
        Meta meta = read(META, new TypeReference<>() {});
        List<StanceDisagreement> stance = new ArrayList<>();
        List<NumericDisagreement> numeric = new ArrayList<>();
        for (Disagreement d : disagreements(null)) {
            if (d instanceof StanceDisagreement s) stance.add(s);
            else if (d instanceof NumericDisagreement n) numeric.add(n);
        }
        return new Analysis(meta.asOf(), scores, stance, numeric, selfContradictions(), revisions(), verdicts(),
                reportCards(), meta.rules());
    }

    List<Verdict> verdicts() {
        return read(VERDICTS, new TypeReference<>() {});
    }

    List<ReportCard> reportCards() {
        return read(CARDS, new TypeReference<>() {});
    }

    List<Revision> revisions() {
        return read(REVISIONS, new TypeReference<>() {});
    }

    List<SelfContradiction> selfContradictions() {
        return read(SELF, new TypeReference<>() {});
    }

    /**
     * Every disagreement group, or (with {@code speaker}) those whose text names the speaker's id
     * (a superset of the groups the speaker is in: the caller checks), heaviest first.
     */
    List<Disagreement> disagreements(String speaker) {
        String mark = speaker == null ? null : quoted(speaker);
        var out = new ArrayList<Disagreement>();
        readLines(STANCE, StanceDisagreement.class, mark, out);
        readLines(NUMERIC, NumericDisagreement.class, mark, out);
        out.sort(Analysis.HEAVIEST_FIRST);
        return out;
    }

    /** The id as it stands in the JSON text: quoted and escaped. */
    private static String quoted(String id) {
        try {
            return Json.mapper().writeValueAsString(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The groups at {@code refs} (as {@link #write} returned them for one claim), heaviest first. */
    List<Disagreement> at(List<String> refs) {
        var out = new ArrayList<Disagreement>();
        ObjectMapper json = Json.mapper();
        Map<String, long[]> places = refs.isEmpty() ? Map.of() : places(refs);
        for (String ref : refs) {
            long[] place = places.get(ref);
            if (place == null) {
                throw new UncheckedIOException(new IOException("no group " + ref + " in " + dir.resolve(PLACES)));
            }
            boolean stance = ref.startsWith("s");
            try (var file = new RandomAccessFile(dir.resolve(stance ? STANCE : NUMERIC).toFile(), "r")) {
                byte[] line = new byte[(int) place[1]];
                file.seek(place[0]);
                file.readFully(line);
                Class<? extends Disagreement> type = stance ? StanceDisagreement.class : NumericDisagreement.class;
                out.add(json.readValue(line, type));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir.resolve(stance ? STANCE : NUMERIC), e);
            }
        }
        out.sort(Analysis.HEAVIEST_FIRST);
        return out;
    }

    /** From {@value #PLACES}: the offset and length of each of {@code refs} that is there. */
    private Map<String, long[]> places(List<String> refs) {
        Path file = dir.resolve(PLACES);
        try {
            String text = "\n" + Files.readString(file, StandardCharsets.UTF_8);
            Map<String, long[]> out = new HashMap<>();
            for (String ref : refs) {
                int at = text.indexOf("\n" + ref + " ");
                if (at < 0) {
                    continue;
                }
                int a = at + 1 + ref.length();
                int b = text.indexOf(' ', a + 1);
                int end = text.indexOf('\n', b + 1);
                end = end < 0 ? text.length() : end;
                out.put(ref, new long[] {Long.parseLong(text, a + 1, b, 10), Long.parseLong(text, b + 1, end, 10)});
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot read " + file, e instanceof IOException io ? io : new IOException(e));
        }
    }

    /**
     * Parses the file's lines, or with {@code mark} only the lines that hold it. The bytes are
     * searched as ISO-8859-1 text, one character per byte (a fast, vectorised search), so a
     * match's position is its byte offset; only matching lines are decoded and parsed.
     */
    private <T extends Disagreement> void readLines(String name, Class<T> type, String mark, List<Disagreement> out) {
        ObjectMapper json = Json.mapper();
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            String needle = mark == null ? null : new String(mark.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            int from = 0;
            while (from < text.length()) {
                int start;
                if (needle == null) {
                    start = from;
                } else {
                    int hit = text.indexOf(needle, from);
                    if (hit < 0) {
                        break;
                    }
                    start = text.lastIndexOf('\n', hit) + 1;
                }
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end;
                if (end > start) {
                    out.add(json.readValue(bytes, start, end - start, type));
                }
                from = end + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
        }
    }

    private <T> T read(String name, TypeReference<T> type) {
        try {
            return Json.mapper().readValue(dir.resolve(name).toFile(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(name), e);
        }
    }
}
