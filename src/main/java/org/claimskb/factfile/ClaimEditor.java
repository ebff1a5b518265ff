package org.claimskb.factfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Edits one claim of a YAML fact file as a person would with a text editor: only the characters
 * of the changed values move; every other byte of the file, comments included, stays as it was.
 * The positions come from the loader's own parse ({@link LocatedTree}), not from re-serialising
 * the YAML. A claim's id is never changed. The caller re-validates the result before writing it.
 */
public final class ClaimEditor {
    private ClaimEditor() {}

    /** The claim fields an edit may set, in the order a new one is added to a claim. */
    public enum Field {
        TEXT("text"), KIND("kind"), SPEAKER("speaker"), STANCE("stance"), QUANTITY("quantity"), TOPICS("topics"),
        WHEN("when"), DUE("due"), STATUS("status");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** A new value for a field. */
    public sealed interface Value permits Scalar, Ids, Stances, FlowMapping, Absent {}

    /** One string, number or date as written (quoted only when YAML would misread it). */
    public record Scalar(String text) implements Value {}

    /** A list of ids: {@code [a, b]}. */
    public record Ids(List<String> ids) implements Value {
        public Ids {
            ids = List.copyOf(ids);
        }
    }

    /** A claim's stances: proposition id and position ({@code for}, {@code against}). */
    public record Stances(List<Map.Entry<String, String>> stances) implements Value {
        public Stances {
            stances = List.copyOf(stances);
        }
    }

    /** A YAML flow mapping on one line, e.g. {@code {metric: weight, subject: x, value: 3000, unit: lb}}. */
    public record FlowMapping(String yaml) implements Value {}

    /** The field is removed. */
    public record Absent() implements Value {}

    /** What is done to one claim. */
    public sealed interface Edit permits Accept, Reject, Change {}

    /** The draft becomes reviewed ({@code status: reviewed}). */
    public record Accept() implements Edit {}

    /** The claim is removed from the file. */
    public record Reject() implements Edit {}

    /** Fields set (or removed, {@link Absent}); fields not named stay as they are. */
    public record Change(Map<Field, Value> values) implements Edit {
        public Change {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    /** Why an edit cannot be made, in plain words. */
    public static final class EditException extends Exception {
        private static final long serialVersionUID = 1L;

        public EditException(String message) {
            super(message);
        }
    }

    /**
     * The file's text after {@code edit} of the claim whose local id is {@code localId}.
     *
     * @param name    the file's name as messages show it ({@code claims/x.yaml})
     * @param content the file's current text
     */
    public static String apply(String name, String content, String localId, Edit edit) throws EditException {
        if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
            throw new EditException(name + " is JSON; the desk edits YAML fact files, so change this one by hand");
        }
        boolean bom = content.startsWith("\uFEFF");
        String text = bom ? content.substring(1) : content;
        var findings = new ArrayList<Finding>();
        LocatedTree tree = FactFiles.parseText(name, text, findings);
        if (tree == null) {
            throw new EditException(name + " cannot be parsed; fix it first (claims validate " + name + ")");
        }
        var doc = new Document(text, tree);
        String item = doc.claimPointer(localId);
        switch (edit) {
            case Accept a -> doc.set(item, Field.STATUS, new Scalar("reviewed"));
            case Reject r -> doc.removeItem("/claims", item);
            case Change c -> {
                for (var e : c.values().entrySet()) {
                    doc.set(item, e.getKey(), e.getValue());
                }
            }
        }
        return (bom ? "\uFEFF" : "") + doc.result();
    }

    /**
     * The text and its parse. Edits are collected as replacements of spans of the original text
     * and applied at the end, last first, so that the offsets of the parse stay valid.
     */
    private static final class Document {
        private final String text;
        private final LocatedTree tree;
        private final boolean codePoints;
        private final List<long[]> spans = new ArrayList<>();
        private final List<String> replacements = new ArrayList<>();

        Document(String text, LocatedTree tree) {
            this.text = text;
            this.tree = tree;
            this.codePoints = text.codePoints().count() != text.length();
        }

        String claimPointer(String localId) throws EditException {
            JsonNode claims = tree.root.path("claims");
            for (int i = 0; i < claims.size(); i++) {
                if (localId.equals(claims.get(i).path("id").asText(null))) {
                    return "/claims/" + i;
                }
            }
            throw new EditException(tree.path + " has no claim '" + Quote.oneLine(localId) + "'");
        }

        void set(String item, Field field, Value value) throws EditException {
            String member = LocatedTree.child(item, field.key());
            boolean present = tree.keyOffset(member) >= 0;
            boolean absent = value instanceof Absent;
            if (present && absent) {
                remove(item, member);
            } else if (present) {
                replace(member, render(value));
            } else if (!absent) {
                insert(item, field.key() + ": " + render(value));
            }
        }

        /** Replaces the value after the member's colon. */
        private void replace(String member, String rendered) throws EditException {
            long[] span = span(member);
            int key = index(tree.keyOffset(member));
            int colon = text.indexOf(':', key);
            if (colon < 0 || colon > span[0]) {
                throw new EditException(tree.path + ": cannot find where '" + member + "' starts; edit it by hand");
            }
            int end = (int) span[1];
            // A block scalar's span takes in its closing line breaks; they stay.
            while (end > colon + 1 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
            edit(colon + 1, end, " " + rendered);
        }

        /** Adds a member at the end of a block mapping, on a line of its own, indented as the others. */
        private void insert(String item, String line) throws EditException {
            long[] span = span(item);
            if (text.charAt((int) span[0]) == '{') {
                throw new EditException(tree.path + ": this claim is written as a flow mapping ({...}); edit it by hand");
            }
            int column = tree.keyColumn(LocatedTree.child(item, "id"));
            String indent = " ".repeat(Math.max(0, column - 1));
            int end = (int) span[1];
            if (end > 0 && text.charAt(end - 1) == '\n') {
                edit(end, end, indent + line + "\n");
            } else {
                int eol = text.indexOf('\n', end);
                int at = eol < 0 ? text.length() : (eol > 0 && text.charAt(eol - 1) == '\r' ? eol - 1 : eol);
                edit(at, at, (text.contains("\r\n") ? "\r\n" : "\n") + indent + line);
            }
        }

        /** Removes a member: its whole line(s) when it starts a line, else up to the next member. */
        private void remove(String item, String member) throws EditException {
            long[] span = span(member);
            int key = index(tree.keyOffset(member));
            int lineStart = text.lastIndexOf('\n', key - 1) + 1;
            if (text.substring(lineStart, key).isBlank()) {
                edit(lineStart, endOfLine((int) span[1]), "");
                return;
            }
            int next = Integer.MAX_VALUE;
            var names = tree.node(item).fieldNames();
            while (names.hasNext()) {
                int k = index(tree.keyOffset(LocatedTree.child(item, names.next())));
                if (k > key && k < next) next = k;
            }
            if (next == Integer.MAX_VALUE) {
                throw new EditException(tree.path + ": cannot remove the claim's only field; reject the claim instead");
            }
            edit(key, next, "");
        }

        /** Removes one item of a block list, with its lines; the list becomes [] when it was the last. */
        void removeItem(String list, String item) throws EditException {
            if (tree.node(list).size() == 1) {
                replace(list, "[]");
                return;
            }
            long[] span = span(item);
            int start = (int) span[0];
            int dash = start - 1;
            while (dash >= 0 && (text.charAt(dash) == ' ' || text.charAt(dash) == '\t')) dash--;
            if (dash < 0 || text.charAt(dash) != '-') {
                throw new EditException(tree.path + ": the claims are not a block list ('- id: ...'); edit it by hand");
            }
            int lineStart = text.lastIndexOf('\n', dash - 1) + 1;
            if (!text.substring(lineStart, dash).isBlank()) {
                throw new EditException(tree.path + ": the claim does not start a line; edit it by hand");
            }
            edit(lineStart, endOfLine((int) span[1]), "");
        }

        /** Just past the line break ending the line that {@code at} is on (at itself when it starts a line). */
        private int endOfLine(int at) {
            if (at > 0 && text.charAt(at - 1) == '\n') return at;
            int eol = text.indexOf('\n', at);
            return eol < 0 ? text.length() : eol + 1;
        }

        private long[] span(String pointer) throws EditException {
            long[] span = tree.valueSpan(pointer);
            if (span == null) {
                throw new EditException(tree.path + ": the parser gave no position for '" + pointer + "'; edit it by hand");
            }
            return new long[] {index(span[0]), index(span[1])};
        }

        /** The parser counts code points; Java strings count UTF-16 units. */
        private int index(long offset) {
            return codePoints ? text.offsetByCodePoints(0, (int) offset) : (int) offset;
        }

        private void edit(int start, int end, String replacement) {
            spans.add(new long[] {start, end});
            replacements.add(replacement);
        }

        String result() throws EditException {
            var order = new ArrayList<Integer>();
            for (int i = 0; i < spans.size(); i++) order.add(i);
            // Last in the text first; of two insertions at one place, the later-made first, so they read in order.
            order.sort((a, b) -> spans.get(a)[0] != spans.get(b)[0] ? Long.compare(spans.get(b)[0], spans.get(a)[0])
                    : Integer.compare(b, a));
            var out = new StringBuilder(text);
            long limit = Long.MAX_VALUE;
            for (int i : order) {
                long[] s = spans.get(i);
                if (s[1] > limit) {
                    throw new EditException(tree.path + ": two edits overlap; make them one at a time");
                }
                out.replace((int) s[0], (int) s[1], replacements.get(i));
                limit = s[0];
            }
            return out.toString();
        }
    }

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ._/()%$'+,-]*");
    private static final Pattern SPECIAL = Pattern.compile("(?i)(true|false|yes|no|on|off|null|y|n|~)");

    /** A value in YAML flow style, on one line. */
    static String render(Value value) throws EditException {
        return switch (value) {
            case Scalar s -> scalar(s.text());
            case Ids ids -> "[" + String.join(", ", ids.ids().stream().map(ClaimEditor::scalar).toList()) + "]";
            case Stances st -> "[" + String.join(", ", st.stances().stream().map(e -> "{proposition: "
                    + scalar(e.getKey()) + ", position: " + scalar(e.getValue()) + "}").toList()) + "]";
            case FlowMapping m -> flowMapping(m.yaml());
            case Absent a -> throw new IllegalArgumentException("nothing to render");
        };
    }

    /** Plain when YAML reads it back as the same text (or number, as a person would write it), else double-quoted. */
    public static String scalar(String s) {
        String t = s.strip();
        boolean plain = PLAIN.matcher(t).matches() && !SPECIAL.matcher(t).matches() && !t.contains(", ")
                && !t.endsWith(",") && t.equals(s);
        if (plain) {
            return t;
        }
        var b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F) b.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    /** A one-line flow mapping, checked to be exactly one mapping and nothing else. */
    private static String flowMapping(String yaml) throws EditException {
        String t = yaml.strip();
        if (!t.startsWith("{") || !t.endsWith("}") || t.contains("\n") || t.contains("\r")) {
            throw new EditException("write it on one line as {key: value, ...}");
        }
        var findings = new ArrayList<Finding>();
        LocatedTree probe = FactFiles.parseText("value", "x: " + t + "\n", findings);
        if (probe == null || probe.root.size() != 1 || !probe.root.path("x").isObject()) {
            throw new EditException("not a mapping: write it as {key: value, ...}");
        }
        return t;
    }
}
