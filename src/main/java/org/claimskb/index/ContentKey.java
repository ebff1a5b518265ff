package org.claimskb.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.claimskb.factfile.FactFiles;

/**
 * The identity of a KB's inputs: a SHA-256 over the format version, the as-of date and the
 * path and content hash of every fact file and rule file. Equal keys mean equal derived state.
 *
 * <p>Hashing every file's bytes on every command costs seconds on a large KB, so each file's hash
 * is remembered in {@code .claims-index/inputs.tsv} with its size, modification time and file id;
 * a file whose three are unchanged is not read again. As in git's "racily clean" rule, a file
 * modified within {@value #RACY_MILLIS} ms before its hash was remembered is always read again,
 * since a later edit in the same clock tick would leave its time unchanged. The file also keeps
 * the keys computed from exactly the stamps it holds (one per format and as-of date), so an
 * unchanged KB's key is read back rather than digested again; any changed stamp drops them all.
 */
final class ContentKey {
    /** Bump when what a generation holds changes shape, so old generations are rebuilt. */
    static final String FORMAT = "claims-index-15";

    private ContentKey() {}

    static final String HASHES = "inputs.tsv";
    static final long RACY_MILLIS = 2000;
    private static final String KEY_LINE = "key";
    private static final int KEYS_KEPT = 8;

    static String of(Path kbRoot, LocalDate asOf) throws IOException {
        Path remembered = kbRoot.resolve(DerivedState.INDEX_DIR).resolve(HASHES);
        Remembered known = read(remembered);
        Map<String, Stamp> now = new LinkedHashMap<>();
        long hashedAt = System.currentTimeMillis();
        Map<Path, BasicFileAttributes> factFiles = FactFiles.listWithAttributes(kbRoot);
        for (Path p : inputs(kbRoot, factFiles.keySet())) {
            String name = kbRoot.relativize(p).toString().replace('\\', '/');
            BasicFileAttributes seen = factFiles.get(p);
            now.put(name, stamp(p, seen != null ? seen : Files.readAttributes(p, BasicFileAttributes.class),
                    known.stamps().get(name), hashedAt));
        }
        String keyed = FORMAT + " " + asOf;
        boolean sameInputs = now.equals(known.stamps());
        String key = sameInputs ? known.keys().get(keyed) : null;
        if (key == null) {
            key = digest(keyed, now);
            Map<String, String> keys = new LinkedHashMap<>(sameInputs ? known.keys() : Map.of());
            keys.remove(keyed);
            keys.put(keyed, key);
            while (keys.size() > KEYS_KEPT) {
                keys.remove(keys.keySet().iterator().next());
            }
            write(remembered, now, keys);
        }
        return key;
    }

    /** The key itself: SHA-256 over the format and as-of date, then each input's path and hash. */
    private static String digest(String keyed, Map<String, Stamp> stamps) {
        MessageDigest sha = sha256();
        update(sha, keyed.replace(' ', '\n') + "\n");
        stamps.forEach((name, stamp) -> update(sha, name + "\n" + stamp.hash() + "\n"));
        return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
    }

    /**
     * What {@code inputs.tsv} holds: each input's stamp, and the keys computed from exactly
     * those stamps (one per format and as-of date, the latest {@value #KEYS_KEPT}), so that an
     * unchanged KB's key is read, not recomputed (the digest's set-up alone is a tenth of a cold search).
     */
    private record Remembered(Map<String, Stamp> stamps, Map<String, String> keys) {
        static final Remembered NOTHING = new Remembered(Map.of(), Map.of());
    }

    /** What is remembered of one input: its size, time and id when hashed, and the hash. */
    private record Stamp(long size, long modifiedMillis, String fileId, long hashedAt, String hash) {
        boolean sameFile(BasicFileAttributes a) {
            return a.size() == size && a.lastModifiedTime().toMillis() == modifiedMillis
                    && String.valueOf(a.fileKey()).equals(fileId) && modifiedMillis < hashedAt - RACY_MILLIS;
        }
    }

    /** @param a the file's attributes, read once by the caller (the walk that listed it) */
    private static Stamp stamp(Path p, BasicFileAttributes a, Stamp known, long hashedAt) throws IOException {
        if (known != null && known.sameFile(a)) {
            return known;
        }
        String hash = HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(p)));
        return new Stamp(a.size(), a.lastModifiedTime().toMillis(), String.valueOf(a.fileKey()), hashedAt, hash);
    }

    private static Remembered read(Path remembered) {
        Map<String, Stamp> stamps = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        try {
            String text = Files.readString(remembered, StandardCharsets.UTF_8);
            String[] f = new String[6];
            for (int start = 0; start < text.length(); ) {
                int end = text.indexOf('\n', start);
                if (end < 0) end = text.length();
                int n = fields(text, start, end, f);
                if (n == 3 && f[0].equals(KEY_LINE)) {
                    keys.put(f[1], f[2]);
                } else if (n == 6) {
                    stamps.put(f[5], new Stamp(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2], Long.parseLong(f[3]), f[4]));
                }
                start = end + 1;
            }
        } catch (IOException | RuntimeException unreadable) {
            // Missing or damaged: every file is hashed again, and the file is written anew.
            return Remembered.NOTHING;
        }
        return new Remembered(stamps, keys);
    }

    /**
     * Splits {@code text[start, end)} at tabs into {@code into}, the last field taking the rest of
     * the line (a name may hold anything but a line break); returns the number of fields.
     */
    private static int fields(String text, int start, int end, String[] into) {
        int n = 0;
        int at = start;
        while (n < into.length - 1) {
            int tab = text.indexOf('\t', at);
            if (tab < 0 || tab >= end) break;
            into[n++] = text.substring(at, tab);
            at = tab + 1;
        }
        into[n++] = text.substring(at, end);
        return n;
    }

    private static void write(Path remembered, Map<String, Stamp> stamps, Map<String, String> keys) {
        var text = new StringBuilder();
        stamps.forEach((name, s) -> {
            if (name.indexOf('\n') < 0 && name.indexOf('\t') < 0 && name.indexOf('\r') < 0) {
                text.append(s.size()).append('\t').append(s.modifiedMillis()).append('\t').append(s.fileId())
                        .append('\t').append(s.hashedAt()).append('\t').append(s.hash()).append('\t').append(name)
                        .append('\n');
            } else {
                // A name the file cannot hold: no key may be remembered without it.
                keys.clear();
            }
        });
        keys.forEach((keyed, key) -> text.append(KEY_LINE).append('\t').append(keyed).append('\t').append(key).append('\n'));
        try {
            Files.createDirectories(remembered.getParent());
            Path tmp = remembered.resolveSibling("tmp-" + HASHES + "-" + ProcessHandle.current().pid());
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, remembered, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException readOnly) {
            // A read-only KB still works: its files are hashed on every command.
        }
    }

    /** Fact files and rule files, in a fixed order. */
    private static List<Path> inputs(Path kbRoot, java.util.Collection<Path> factFiles) throws IOException {
        var all = new java.util.ArrayList<>(factFiles);
        all.addAll(ruleFiles(kbRoot));
        return all;
    }

    static List<Path> ruleFiles(Path kbRoot) throws IOException {
        Path rules = kbRoot.resolve("rules");
        if (!Files.isDirectory(rules)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(rules)) {
            // The DRL files and the rules' table of numbers (rules/parameters.yaml).
            return s.filter(p -> (p.getFileName().toString().endsWith(".drl")
                            || p.getFileName().toString().equals("parameters.yaml")) && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
