package org.claimskb.rules;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.claimskb.files.AtomicFiles;
import org.claimskb.files.CodeDigest;
import org.claimskb.model.Flag;
import org.claimskb.scoring.Finding;
import org.kie.api.definition.rule.Rule;

/**
 * What each rules session concluded, kept by what went into it, so that a rebuild after an edit
 * runs only the sessions whose facts changed. A session is a pure function of the facts inserted
 * into it, in order, and of the rules: the key is a SHA-256 of the rules' hash, the code of the
 * rules and model packages, the stage, and every fact (each record's components, sets in sorted
 * order). After one fact file of a large KB changes, the evidence sessions of its speakers and
 * the relations sessions of the groups its claims moved run; the others are read back.
 *
 * <p>Entries live in {@code .claims-index/rules-sessions/}, one file per session, written
 * atomically with a CRC32C of their content. An entry that is missing, damaged or of another
 * version is a miss: the session runs, never a wrong answer. A build removes the entries it did
 * not use (those of earlier inputs).
 */
final class SessionCache {
    static final String DIR = "rules-sessions";
    private static final int MAGIC = 0x52534331; // "RSC1"
    private static final int VERSION = 1;
    private static final String SUFFIX = ".bin";
    private static final byte[] CODE = CodeDigest.of(SessionCache.class, Integer.toString(VERSION),
            List.of("org/claimskb/rules/", "org/claimskb/model/", "org/claimskb/scoring/"));

    private final Path dir;
    private final CompiledRules rules;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    SessionCache(Path dir, CompiledRules rules) {
        this.dir = dir;
        this.rules = rules;
    }

    /** What one session recorded: its findings' tallies and how often each rule fired. */
    record Result(Map<String, Findings.Tally> tallies, Map<String, Long> firings) {}

    /** The key of a session of {@code stage} holding {@code facts}; null when some fact cannot be keyed (it is run, not kept). */
    String key(String stage, List<Object> facts) {
        MessageDigest sha = CodeDigest.sha256();
        sha.update(CODE);
        sha.update(rules.hash().getBytes(StandardCharsets.UTF_8));
        sha.update(stage.getBytes(StandardCharsets.UTF_8));
        var out = new Canonical();
        for (Object fact : facts) {
            if (!out.write(fact)) {
                return null;
            }
            sha.update(out.bytes(), 0, out.size());
            out.reset();
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The kept result of the session {@code key}, or null. */
    Result read(String key) {
        Path file = dir.resolve(key + SUFFIX);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException missing) {
            return null;
        } catch (IOException unreadable) {
            return null;
        }
        Result r = decode(bytes);
        if (r != null) {
            used.add(key + SUFFIX);
        }
        return r;
    }

    /** Keeps the result of the session {@code key}; a failure to write only loses the entry. */
    void write(String key, Map<String, Findings.Tally> tallies, Map<Rule, long[]> firings) {
        Map<String, Long> byName = new HashMap<>();
        firings.forEach((rule, n) -> byName.merge(Findings.key(rule), n[0], Long::sum));
        try {
            Files.createDirectories(dir);
            AtomicFiles.write(dir.resolve(key + SUFFIX), encode(new Result(tallies, byName)), true);
            used.add(key + SUFFIX);
        } catch (IOException full) {
            // A disk that cannot take it: the next build runs the session again.
        }
    }

    /** Removes the entries this run did not read or write. */
    void sweep() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(SUFFIX) && !used.contains(name)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException busy) {
            // Another build is cleaning too: what is left is removed next time.
        }
    }

    /** The rule of a kept firing count, by its package and name ({@link Findings#key}); null when the rules have no such rule. */
    Rule rule(String key) {
        int sep = key.indexOf('\u0000');
        return rules.kieBase().getRule(key.substring(0, sep), key.substring(sep + 1));
    }

    // ---------------------------------------------------------------- the facts, canonically

    /**
     * A fact as bytes that are equal exactly when the facts are equal: a record's class and
     * components in order, a list's elements in order, a set's and a map's sorted. Only the value
     * types facts are made of are known; anything else makes the session unkeyed.
     */
    private static final class Canonical {
        /** A record class's name (as bytes) and component accessors, found once per class. */
        private record Shape(byte[] name, Method[] accessors) {}

        private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                var name = new Canonical();
                name.text('C', type.getName());
                return new Shape(name.toByteArray(), accessors(type));
            }
        };
        private Class<?> lastType;
        private Shape lastShape;

        /** Facts come in runs of one class: the last class's shape is kept at hand. */
        private Shape shape(Class<?> type) {
            if (type != lastType) {
                lastShape = SHAPES.get(type);
                lastType = type;
            }
            return lastShape;
        }
        private byte[] buf = new byte[256];
        private int size;

        byte[] bytes() {
            return buf;
        }

        int size() {
            return size;
        }

        void reset() {
            size = 0;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buf, size);
        }

        private void room(int more) {
            if (size + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        private void write(int b) {
            room(1);
            buf[size++] = (byte) b;
        }

        private void write(byte[] b, int from, int length) {
            room(length);
            System.arraycopy(b, from, buf, size, length);
            size += length;
        }

        boolean write(Object o) {
            if (o == null) {
                write('N');
            } else if (o instanceof String s) {
                text('S', s);
            } else if (o instanceof Record) {
                Shape shape = shape(o.getClass());
                count('R', shape.accessors().length);
                write(shape.name(), 0, shape.name().length);
                for (Method accessor : shape.accessors()) {
                    try {
                        if (!write(accessor.invoke(o))) return false;
                    } catch (IllegalAccessException | InvocationTargetException e) {
                        return false;
                    }
                }
            } else if (o instanceof Enum<?> e) {
                text('E', e.name());
            } else if (o instanceof Double d) {
                number('D', Double.doubleToLongBits(d));
            } else if (o instanceof Integer i) {
                number('I', i);
            } else if (o instanceof Long l) {
                number('J', l);
            } else if (o instanceof Boolean z) {
                write(z ? 'T' : 'F');
            } else if (o instanceof java.time.LocalDate d) {
                number('d', d.toEpochDay());
            } else if (o instanceof Number || o instanceof Character) {
                text('n', o.getClass().getName() + ":" + o);
            } else if (o instanceof List<?> list) {
                count('L', list.size());
                for (Object x : list) {
                    if (!write(x)) return false;
                }
            } else if (o instanceof Set<?> set) {
                return sorted('T', set);
            } else if (o instanceof Map<?, ?> map) {
                List<Object> entries = new ArrayList<>(map.size());
                map.forEach((k, v) -> entries.add(java.util.Arrays.asList(k, v)));
                return sorted('M', entries);
            } else {
                return false;
            }
            return true;
        }

        private void number(char tag, long v) {
            room(9);
            buf[size++] = (byte) tag;
            for (int shift = 56; shift >= 0; shift -= 8) {
                buf[size++] = (byte) (v >>> shift);
            }
        }

        /** A collection's elements in sorted order: strings as strings (the common case, a set of ids), anything else by its bytes. */
        private boolean sorted(char tag, java.util.Collection<?> elements) {
            if (elements.stream().allMatch(x -> x instanceof String)) {
                String[] each = elements.toArray(String[]::new);
                java.util.Arrays.sort(each);
                count(tag, each.length);
                for (String x : each) {
                    text('S', x);
                }
                return true;
            }
            List<byte[]> each = new ArrayList<>(elements.size());
            for (Object x : elements) {
                var one = new Canonical();
                if (!one.write(x)) return false;
                each.add(one.toByteArray());
            }
            each.sort(java.util.Arrays::compare);
            count(tag, each.size());
            each.forEach(b -> write(b, 0, b.length));
            return true;
        }

        private static Method[] accessors(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] out = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                out[i] = components[i].getAccessor();
                out[i].setAccessible(true);
            }
            return out;
        }

        private void text(char tag, String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            count(tag, b.length);
            write(b, 0, b.length);
        }

        private void count(char tag, int n) {
            room(5);
            buf[size++] = (byte) tag;
            buf[size++] = (byte) (n >>> 24);
            buf[size++] = (byte) (n >>> 16);
            buf[size++] = (byte) (n >>> 8);
            buf[size++] = (byte) n;
        }
    }

    // ---------------------------------------------------------------- encoding

    private static byte[] encode(Result r) throws IOException {
        var bytes = new ByteArrayOutputStream(1 << 16);
        var out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        Map<String, Integer> strings = new HashMap<>();
        List<String> table = new ArrayList<>();
        var body = new ByteArrayOutputStream(1 << 16);
        var b = new DataOutputStream(body);
        b.writeInt(r.tallies().size());
        for (var e : r.tallies().entrySet()) {
            Findings.Tally t = e.getValue();
            b.writeInt(ref(strings, table, e.getKey()));
            b.writeDouble(t.prior);
            b.writeDouble(t.firstStageEffects);
            b.writeInt(t.priorDetails.size());
            for (String d : t.priorDetails) {
                b.writeInt(ref(strings, table, d));
            }
            b.writeInt(t.findings.size());
            for (Finding f : t.findings) {
                b.writeInt(ref(strings, table, f.rule()));
                b.writeInt(f.flag() == null ? -1 : f.flag().ordinal());
                b.writeDouble(f.effect());
                b.writeInt(ref(strings, table, f.detail()));
            }
        }
        b.writeInt(r.firings().size());
        for (var e : r.firings().entrySet()) {
            b.writeInt(ref(strings, table, e.getKey()));
            b.writeLong(e.getValue());
        }
        b.flush();
        out.writeInt(table.size());
        for (String s : table) {
            byte[] utf = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf.length);
            out.write(utf);
        }
        body.writeTo(out);
        out.flush();
        var crc = new CRC32C();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return bytes.toByteArray();
    }

    private static int ref(Map<String, Integer> strings, List<String> table, String s) {
        return strings.computeIfAbsent(s, k -> {
            table.add(k);
            return table.size() - 1;
        });
    }

    /** The result in {@code bytes}, or null when they are not a whole entry of this version. */
    private static Result decode(byte[] bytes) {
        if (bytes.length < 16) {
            return null;
        }
        var crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (crc.getValue() != stored) {
            return null;
        }
        try (var in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8))) {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                return null;
            }
            String[] table = new String[in.readInt()];
            for (int i = 0; i < table.length; i++) {
                byte[] utf = new byte[in.readInt()];
                in.readFully(utf);
                table[i] = new String(utf, StandardCharsets.UTF_8);
            }
            Flag[] flags = Flag.values();
            int n = in.readInt();
            Map<String, Findings.Tally> tallies = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String claim = table[in.readInt()];
                var t = new Findings.Tally();
                t.prior = in.readDouble();
                t.firstStageEffects = in.readDouble();
                int details = in.readInt();
                for (int d = 0; d < details; d++) {
                    t.priorDetails.add(table[in.readInt()]);
                }
                int findings = in.readInt();
                for (int f = 0; f < findings; f++) {
                    String rule = table[in.readInt()];
                    int flag = in.readInt();
                    double effect = in.readDouble();
                    String detail = table[in.readInt()];
                    t.findings.add(new Finding(claim, rule, flag < 0 ? null : flags[flag], effect, detail));
                }
                tallies.put(claim, t);
            }
            int rulesFired = in.readInt();
            Map<String, Long> firings = new HashMap<>();
            for (int i = 0; i < rulesFired; i++) {
                firings.put(table[in.readInt()], in.readLong());
            }
            return new Result(tallies, firings);
        } catch (IOException | ArrayIndexOutOfBoundsException | NegativeArraySizeException torn) {
            // Same checksum but not of this layout: another version's entry. A miss.
            return null;
        }
    }
}
