package org.claimskb.factfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.claimskb.files.AtomicFiles;
import org.claimskb.model.Assessment;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.ClaimStatus;
import org.claimskb.model.Entity;
import org.claimskb.model.EntityKind;
import org.claimskb.model.Interest;
import org.claimskb.model.InterestKind;
import org.claimskb.model.Outcome;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Position;
import org.claimskb.model.Proposition;
import org.claimskb.model.Quantity;
import org.claimskb.model.Regime;
import org.claimskb.model.Resolution;
import org.claimskb.model.Source;
import org.claimskb.model.SourceKind;
import org.claimskb.model.Speaker;
import org.claimskb.model.Stance;

/**
 * Each fact file's load-ready items (described, checked on their own and mapped to records, as
 * {@link CrossFileCheck#itemsOf} and {@link RecordMapper#mapItems} leave them), kept by content:
 * a file whose name and bytes a build has seen before is neither parsed nor schema-checked again.
 * The checks across files still run on every load.
 *
 * <ul>
 * <li>Only a file without a problem of its own is kept (a file with problems is parsed each time,
 *     so its messages stay exact).</li>
 * <li>The key is a SHA-256 of the loader's code (every class and resource of the {@code factfile}
 *     and {@code model} packages), the file's displayed name (records hold it) and its bytes: a
 *     changed file, a moved file or a new build of the code misses.</li>
 * <li>An entry is written whole to a temporary file and renamed into place; one that cannot be
 *     read, is cut short or fails its checksum is a miss (the file is parsed and the entry written
 *     again), never a wrong answer.</li>
 * <li>{@link #sweep} removes the entries the last load did not use.</li>
 * </ul>
 */
final class ParsedCache {
    private static final int MAGIC = 0x434b5043; // "CKPC"
    /** Bump when the encoding below changes. */
    private static final int VERSION = 2;
    private static final String SUFFIX = ".bin";

    private final Path dir;
    private final byte[] code;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private ParsedCache(Path dir, byte[] code) {
        this.dir = dir;
        this.code = code;
    }

    /** The cache kept in {@code dir} (made when first written). */
    static ParsedCache at(Path dir) {
        return new ParsedCache(dir, Code.DIGEST);
    }

    /** The entry name of a file's content. */
    String key(String name, byte[] bytes) {
        MessageDigest sha = sha256();
        sha.update(code);
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The kept items of the file with this key, or null (none kept, or not readable). */
    CrossFileCheck.FileItems get(String key, String name, LocatedTree.Relocator relocator) {
        Path entry = dir.resolve(key + SUFFIX);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(entry);
        } catch (IOException e) {
            return null;
        }
        try {
            CrossFileCheck.FileItems items = decode(bytes, name, relocator);
            if (items != null) used.add(key);
            return items;
        } catch (RuntimeException damaged) {
            return null; // cut short, or written by another encoding: parse the file instead
        }
    }

    /** Keeps a file's items, when the file has no problem of its own; a failure to write costs nothing. */
    void put(String key, CrossFileCheck.FileItems items) {
        if (!items.fileProblems().isEmpty() || items.items().stream().anyMatch(i -> !i.problems().isEmpty())) {
            return;
        }
        used.add(key);
        try {
            AtomicFiles.write(dir.resolve(key + SUFFIX), encode(items), true);
        } catch (IOException e) {
            // A read-only or full disk: the next load parses the file again.
        }
    }

    /** Removes the entries (and stray temporary files) this cache's loads did not use. */
    void sweep() {
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String n = p.getFileName().toString();
                boolean current = n.endsWith(SUFFIX) && used.contains(n.substring(0, n.length() - SUFFIX.length()));
                boolean young = n.endsWith(".tmp") && recent(p); // another load may be writing it (AtomicFiles)
                if (!current && !young) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // Another load is sweeping too, or the folder went: the next sweep tries again.
        }
    }

    private static boolean recent(Path p) {
        try {
            return System.currentTimeMillis() - Files.getLastModifiedTime(p).toMillis() < 60_000;
        } catch (IOException e) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    // ---------------------------------------------------------------- the loader's code

    /** A digest of the loader's code: every class and resource of the {@code factfile} and {@code model} packages. */
    private static final class Code {
        static final byte[] DIGEST = org.claimskb.files.CodeDigest.of(ParsedCache.class, Integer.toString(VERSION),
                List.of("org/claimskb/factfile/", "org/claimskb/model/"));
    }

    // ---------------------------------------------------------------- encoding

    private static byte[] encode(CrossFileCheck.FileItems file) {
        var out = new Out();
        out.i32(MAGIC);
        out.i32(VERSION);
        out.lines(file.file().keyLines());
        out.lines(file.file().valueLines());
        List<CrossFileCheck.Item> items = file.items();
        out.i32(items.size());
        for (CrossFileCheck.Item item : items) {
            out.str(item.section);
            out.i32(item.index);
            out.i32(item.defs.size());
            for (CrossFileCheck.Def d : item.defs) {
                out.str(d.kind().name());
                out.str(d.id());
                out.str(d.suffix());
            }
            out.i32(item.refs.size());
            for (CrossFileCheck.Ref r : item.refs) {
                out.str(r.kind().name());
                out.str(r.id());
                out.str(r.suffix());
                out.str(r.raw());
            }
            out.str(item.shownId);
            out.str(item.kind);
            out.str(item.partOf);
            out.str(item.metric);
            out.str(item.unit);
            out.bool(item.source != null);
            record(out, item.record);
        }
        out.i32(MAGIC);
        return out.sealed();
    }

    private static CrossFileCheck.FileItems decode(byte[] bytes, String name, LocatedTree.Relocator relocator) {
        var in = In.checked(bytes);
        if (in == null || in.i32() != MAGIC || in.i32() != VERSION) {
            return null;
        }
        Map<String, int[]> keys = in.lines();
        Map<String, int[]> values = in.lines();
        LocatedTree locations = LocatedTree.restored(name, keys, values, relocator);
        int n = in.i32();
        var items = new ArrayList<CrossFileCheck.Item>(n);
        CrossFileCheck.Item source = null;
        for (int k = 0; k < n; k++) {
            var item = new CrossFileCheck.Item(locations, in.str(), in.i32());
            for (int d = in.i32(); d > 0; d--) {
                item.defs.add(new CrossFileCheck.Def(CrossFileCheck.Kind.valueOf(in.str()), in.str(), in.str()));
            }
            for (int r = in.i32(); r > 0; r--) {
                item.refs.add(new CrossFileCheck.Ref(CrossFileCheck.Kind.valueOf(in.str()), in.str(), in.str(), in.str()));
            }
            item.shownId = in.str();
            String kind = in.str();
            item.kind = kind == null ? null : kind.intern();
            item.partOf = in.str();
            item.metric = in.str();
            item.unit = in.str();
            boolean hasSource = in.bool();
            if (item.section.equals("source")) source = item;
            if (hasSource) item.source = source;
            item.record = record(in, item.section);
            items.add(item);
        }
        if (in.i32() != MAGIC) {
            return null;
        }
        return new CrossFileCheck.FileItems(locations, items, List.of());
    }

    private static void record(Out out, Object record) {
        switch (record) {
            case Claim c -> {
                out.str(c.id()); out.str(c.sourceId()); out.str(c.speaker()); out.str(c.at());
                out.str(c.kind().name()); out.str(c.text()); out.str(c.quote()); out.strs(c.topics());
                Quantity q = c.quantity();
                out.bool(q != null);
                if (q != null) {
                    out.str(q.subject()); out.str(q.metric()); out.f64(q.min()); out.f64(q.max());
                    out.str(q.unit()); out.str(q.scope());
                }
                out.i32(c.stances().size());
                for (Stance s : c.stances()) {
                    out.str(s.proposition());
                    out.str(s.position().name());
                }
                out.date(c.when()); out.strs(c.favors()); out.strs(c.harms()); out.date(c.due());
                out.bool(c.probability() != null);
                if (c.probability() != null) out.f64(c.probability());
                out.str(c.about()); out.str(c.assessment() == null ? null : c.assessment().name());
                out.str(c.status().name()); out.str(c.replyTo()); out.i32(c.line());
            }
            case Source s -> {
                out.str(s.id()); out.str(s.title()); out.str(s.kind().name()); out.str(s.event()); out.str(s.venue());
                out.str(s.url()); out.date(s.date()); out.str(s.language()); out.str(s.reportedBy()); out.str(s.file());
                out.strs(s.speakers()); out.str(s.path()); out.str(s.author());
            }
            case Speaker s -> {
                out.str(s.id()); out.str(s.name()); out.str(s.role()); out.str(s.regime().name()); out.str(s.regimeBasis());
                out.i32(s.interests().size());
                for (Interest i : s.interests()) {
                    out.str(i.entity()); out.str(i.kind().name()); out.str(i.basis()); out.str(i.source());
                    out.str(i.evidence());
                }
                out.strs(s.aliases());
            }
            case Entity e -> {
                out.str(e.id()); out.str(e.name()); out.strs(e.aliases()); out.str(e.kind().name()); out.str(e.partOf());
            }
            case Proposition p -> {
                out.str(p.id()); out.str(p.statement()); out.strs(p.topics());
            }
            case Resolution r -> {
                out.str(r.claim()); out.str(r.outcome().name());
                out.bool(r.date() != null);
                if (r.date() != null) out.i64(r.date().toEpochDay());
                out.str(r.evidence()); out.str(r.path());
            }
            case null, default -> throw new IllegalStateException("a clean item without a record: " + record);
        }
    }

    private static Object record(In in, String section) {
        return switch (section) {
            case "claims" -> new Claim(in.str(), in.str(), in.str(), in.str(), ClaimKind.valueOf(in.str()), in.str(),
                    in.str(), in.strs(), in.bool() ? new Quantity(in.str(), in.str(), in.f64(), in.f64(), in.str(), in.str())
                    : null, stances(in), in.date(), in.strs(), in.strs(), in.date(), in.bool() ? in.f64() : null,
                    in.str(), enumOrNull(Assessment.class, in.str()), ClaimStatus.valueOf(in.str()), in.str(), in.i32());
            case "source" -> new Source(in.str(), in.str(), SourceKind.valueOf(in.str()), in.str(), in.str(), in.str(),
                    in.date(), in.str(), in.str(), in.str(), in.strs(), in.str(), in.str());
            case "speakers" -> new Speaker(in.str(), in.str(), in.str(), Regime.valueOf(in.str()), in.str(),
                    interests(in), in.strs());
            case "entities" -> new Entity(in.str(), in.str(), in.strs(), EntityKind.valueOf(in.str()), in.str());
            case "propositions" -> new Proposition(in.str(), in.str(), in.strs());
            case "resolutions" -> new Resolution(in.str(), Outcome.valueOf(in.str()),
                    in.bool() ? LocalDate.ofEpochDay(in.i64()) : null, in.str(), in.str());
            default -> throw new IllegalStateException("no such section: " + section);
        };
    }

    private static List<Stance> stances(In in) {
        int n = in.i32();
        var out = new ArrayList<Stance>(n);
        for (int k = 0; k < n; k++) out.add(new Stance(in.str(), Position.valueOf(in.str())));
        return out;
    }

    private static List<Interest> interests(In in) {
        int n = in.i32();
        var out = new ArrayList<Interest>(n);
        for (int k = 0; k < n; k++) {
            out.add(new Interest(in.str(), InterestKind.valueOf(in.str()), in.str(), in.str(), in.str()));
        }
        return out;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    /**
     * Writes an entry: fixed-width numbers, and strings through a table (a file's speakers,
     * entities, units and suffixes repeat on every claim), then a CRC32C of it all.
     */
    private static final class Out {
        private byte[] buf = new byte[8192];
        private int len;
        private final Map<String, Integer> table = new HashMap<>();

        private void room(int n) {
            if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }

        void i32(int v) {
            room(4);
            buf[len++] = (byte) (v >>> 24);
            buf[len++] = (byte) (v >>> 16);
            buf[len++] = (byte) (v >>> 8);
            buf[len++] = (byte) v;
        }

        void i64(long v) {
            i32((int) (v >>> 32));
            i32((int) v);
        }

        void f64(double v) {
            i64(Double.doubleToRawLongBits(v));
        }

        void bool(boolean v) {
            room(1);
            buf[len++] = (byte) (v ? 1 : 0);
        }

        /** Longer strings (a claim's text, its quote) seldom repeat: not worth a table lookup. */
        private static final int TABLED = 48;

        /**
         * -1: null; -2: a new string for the table follows (its UTF-8 length, its bytes); -3: a
         * string not for the table follows; n >= 0: the table's n-th string.
         */
        void str(String s) {
            if (s == null) {
                i32(-1);
                return;
            }
            boolean tabled = s.length() <= TABLED;
            if (tabled) {
                Integer at = table.get(s);
                if (at != null) {
                    i32(at);
                    return;
                }
                table.put(s, table.size());
            }
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            i32(tabled ? -2 : -3);
            i32(b.length);
            room(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        void strs(List<String> list) {
            i32(list.size());
            list.forEach(this::str);
        }

        void date(PartialDate d) {
            bool(d != null);
            if (d != null) {
                i32(d.year());
                i32(d.month() == null ? -1 : d.month());
                i32(d.day() == null ? -1 : d.day());
            }
        }

        void lines(Map<String, int[]> lines) {
            i32(lines.size());
            lines.forEach((pointer, at) -> {
                str(pointer);
                i32(at[0]);
                i32(at[1]);
            });
        }

        byte[] sealed() {
            var crc = new CRC32C();
            crc.update(buf, 0, len);
            i64(crc.getValue());
            return Arrays.copyOf(buf, len);
        }
    }

    /** Reads what {@link Out} wrote; any inconsistency throws (and the entry is a miss). */
    private static final class In {
        private final byte[] buf;
        private final int end;
        private int at;
        private final List<String> table = new ArrayList<>();

        private In(byte[] buf, int end) {
            this.buf = buf;
            this.end = end;
        }

        /** A reader of the entry, or null when its checksum does not match. */
        static In checked(byte[] bytes) {
            if (bytes.length < 16) return null;
            int end = bytes.length - 8;
            var crc = new CRC32C();
            crc.update(bytes, 0, end);
            var tail = new In(bytes, bytes.length);
            tail.at = end;
            return tail.i64() == crc.getValue() ? new In(bytes, end) : null;
        }

        private void need(int n) {
            if (at + n > end) throw new IllegalStateException("entry cut short");
        }

        int i32() {
            need(4);
            int v = ((buf[at] & 0xff) << 24) | ((buf[at + 1] & 0xff) << 16) | ((buf[at + 2] & 0xff) << 8) | (buf[at + 3] & 0xff);
            at += 4;
            return v;
        }

        long i64() {
            return ((long) i32() << 32) | (i32() & 0xffffffffL);
        }

        double f64() {
            return Double.longBitsToDouble(i64());
        }

        boolean bool() {
            need(1);
            return buf[at++] != 0;
        }

        String str() {
            int tag = i32();
            if (tag == -1) return null;
            if (tag >= 0) return table.get(tag);
            if (tag != -2 && tag != -3) throw new IllegalStateException("bad string tag " + tag);
            int n = i32();
            if (n < 0) throw new IllegalStateException("bad string length " + n);
            need(n);
            String s = new String(buf, at, n, StandardCharsets.UTF_8);
            at += n;
            if (tag == -2) table.add(s);
            return s;
        }

        List<String> strs() {
            int n = i32();
            if (n < 0) throw new IllegalStateException("bad list length " + n);
            var out = new ArrayList<String>(n);
            for (int k = 0; k < n; k++) out.add(str());
            return out;
        }

        PartialDate date() {
            if (!bool()) return null;
            int year = i32();
            int month = i32();
            int day = i32();
            return new PartialDate(year, month < 0 ? null : month, day < 0 ? null : day);
        }

        Map<String, int[]> lines() {
            int n = i32();
            if (n < 0) throw new IllegalStateException("bad count " + n);
            var out = new HashMap<String, int[]>(n * 2);
            for (int k = 0; k < n; k++) {
                out.put(str(), new int[] {i32(), i32()});
            }
            return out;
        }
    }
}
