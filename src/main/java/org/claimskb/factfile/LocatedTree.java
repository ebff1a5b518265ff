package org.claimskb.factfile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed fact file: a Jackson tree plus the line and column of every key and value, keyed by
 * JSON Pointer ({@code /claims/3/speaker}), so later checks can say where a problem is.
 * Explicit nulls are dropped (an empty YAML value means "not given").
 */
final class LocatedTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(false);

    final String path;
    final JsonNode root;
    private final Map<String, JsonLocation> keys;
    private final Map<String, JsonLocation> values;
    /** Where each value ends in the text (character offset just past it), for surgical edits. */
    private final Map<String, Long> ends;
    /**
     * For a tree read with item-level locations only ({@link Locations#ITEMS}): reads the same
     * text again with every location, the first time a problem deeper than an item is located.
     * Null for a tree that holds every location.
     */
    private final Relocator relocator;
    private LocatedTree located;

    /** How much of the text's geometry a tree keeps. */
    enum Locations {
        /** Every key and value (edits, checks of a text in memory). */
        ALL,
        /**
         * Sections and items only ({@code /claims/3}); a deeper location is found by reading the
         * text again when a problem needs it. Loading a KB keeps every file's tree until the
         * cross-file checks are done: every location of a million claims is gigabytes of heap,
         * and only the few files with problems ever need them.
         */
        ITEMS
    }

    /** Reads the tree's text again with every location; null when the text is no longer the same. */
    @FunctionalInterface
    interface Relocator {
        LocatedTree relocate();
    }

    private LocatedTree(String path, JsonNode root, Map<String, JsonLocation> keys, Map<String, JsonLocation> values,
            Map<String, Long> ends, Relocator relocator) {
        this.path = path;
        this.root = root;
        this.keys = keys;
        this.values = values;
        this.ends = ends;
        this.relocator = relocator;
    }

    private LocatedTree(String path, JsonNode root, Builder built, Relocator relocator) {
        this(path, root, built.keys, built.values, built.ends, relocator);
    }

    /**
     * A file's item-level locations as {@link #keyLines} and {@link #valueLines} gave them, without content: a file read
     * from the {@link ParsedCache}. Deeper locations come through {@code relocator}.
     */
    static LocatedTree restored(String path, Map<String, int[]> keyLines, Map<String, int[]> valueLines,
            Relocator relocator) {
        return new LocatedTree(path, NODES.objectNode(), locations(keyLines), locations(valueLines), Map.of(), relocator);
    }

    private static Map<String, JsonLocation> locations(Map<String, int[]> lines) {
        var out = new HashMap<String, JsonLocation>(lines.size() * 2);
        lines.forEach((pointer, at) -> out.put(pointer,
                new JsonLocation(com.fasterxml.jackson.core.io.ContentReference.unknown(), -1L, -1L, at[0], at[1])));
        return out;
    }

    /** Line and column of each kept key, by pointer: what {@link #restored} takes. */
    Map<String, int[]> keyLines() {
        return lines(keys);
    }

    /** Line and column of each kept value, by pointer: what {@link #restored} takes. */
    Map<String, int[]> valueLines() {
        return lines(values);
    }

    private static Map<String, int[]> lines(Map<String, JsonLocation> locations) {
        var out = new HashMap<String, int[]>();
        locations.forEach((pointer, at) -> out.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()}));
        return out;
    }

    /**
     * The same file's locations without its content (an empty root): what a loaded file keeps
     * once its items are records, to say where a later problem is.
     */
    LocatedTree locationsOnly() {
        return new LocatedTree(path, NODES.objectNode(), keys, values, ends, relocator);
    }

    /** Deepest pointer an {@link Locations#ITEMS} tree locates itself: {@code /claims/3}. */
    private static final int ITEM_DEPTH = 2;

    private static int depth(String pointer) {
        int d = 0;
        for (int i = 0; i < pointer.length(); i++) {
            if (pointer.charAt(i) == '/') d++;
        }
        return d;
    }

    /** The tree that holds the location of {@code pointer}: this one, or the same text read again fully. */
    private LocatedTree holding(String pointer) {
        if (relocator == null || depth(pointer) <= ITEM_DEPTH) {
            return this;
        }
        synchronized (this) {
            if (located == null) {
                LocatedTree again = relocator.relocate();
                located = again == null ? this : again;
            }
        }
        return located;
    }

    /**
     * Reads one document. Structural oddities the tree cannot hold (duplicate keys) become
     * problems; syntax errors propagate as Jackson exceptions with their location.
     */
    static LocatedTree read(String path, JsonParser parser, List<Finding> problems) throws IOException {
        return read(path, parser, problems, false);
    }

    /** As {@link #read(String, JsonParser, List)}; with {@code spans} it also records where each value ends. */
    static LocatedTree read(String path, JsonParser parser, List<Finding> problems, boolean spans) throws IOException {
        return read(path, parser, problems, spans, null);
    }

    /**
     * As {@link #read(String, JsonParser, List, boolean)}; with a {@code relocator} the tree keeps
     * item-level locations only ({@link Locations#ITEMS}) and asks it for the rest when needed.
     */
    static LocatedTree read(String path, JsonParser parser, List<Finding> problems, boolean spans, Relocator relocator)
            throws IOException {
        var builder = new Builder(path, parser, problems, spans, relocator == null ? Locations.ALL : Locations.ITEMS);
        if (parser.nextToken() == null) {
            return new LocatedTree(path, NODES.objectNode(), builder, relocator);
        }
        JsonNode root = builder.value();
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            problems.add(Finding.wholeFile(new Problem(path, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                    "only one document per fact file; split further documents into their own files")));
        }
        if (root.isNull() || (root.isTextual() && root.asText().isEmpty())) {
            // A document with no content ("---" alone, "~"): as legal, and as empty, as an empty file.
            root = NODES.objectNode();
        }
        return new LocatedTree(path, root, builder, relocator);
    }

    /**
     * The parser's offset of the value at {@code pointer} and just past its end, or null when the
     * parser gave none. A block collection ends with its last value; a flow one with its bracket.
     * Offsets count what the parser counts (code points for YAML): see {@link ClaimEditor}. Like
     * {@link #keyOffset} and {@link #keyColumn}, only for a tree read for edits (every location, with spans).
     */
    long[] valueSpan(String pointer) {
        JsonLocation at = values.get(pointer);
        Long end = ends.get(pointer);
        return at == null || end == null || at.getCharOffset() < 0 ? null : new long[] {at.getCharOffset(), end};
    }

    /** The parser's offset of the key of the member at {@code pointer}, or -1. */
    long keyOffset(String pointer) {
        JsonLocation at = keys.get(pointer);
        return at == null ? -1 : at.getCharOffset();
    }

    /** The 1-based column of the key of the member at {@code pointer}, or -1. */
    int keyColumn(String pointer) {
        JsonLocation at = keys.get(pointer);
        return at == null ? -1 : at.getColumnNr();
    }

    /** Where the key of the member at {@code pointer} stands, else where its value stands. */
    Problem problemAtKey(String pointer, String message) {
        LocatedTree t = holding(pointer);
        if (t != this) {
            return t.problemAtKey(pointer, message);
        }
        JsonLocation at = keys.getOrDefault(pointer, nearestValue(pointer));
        return at(at, message);
    }

    /** Where the value at {@code pointer} stands (or its nearest enclosing value). */
    Problem problemAtValue(String pointer, String message) {
        LocatedTree t = holding(pointer);
        if (t != this) {
            return t.problemAtValue(pointer, message);
        }
        return at(nearestValue(pointer), message);
    }

    private JsonLocation nearestValue(String pointer) {
        for (String p = pointer; ; p = p.substring(0, Math.max(0, p.lastIndexOf('/')))) {
            JsonLocation at = values.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return null;
            }
        }
    }

    private Problem at(JsonLocation at, String message) {
        return at == null ? new Problem(path, 1, 1, message)
                : new Problem(path, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), message);
    }

    /** A finding about the value at {@code pointer}, located there. */
    Finding findingAtValue(String pointer, String message) {
        return new Finding(pointer, problemAtValue(pointer, message));
    }

    /** A finding about the member at {@code pointer}, located at its key. */
    Finding findingAtKey(String pointer, String message) {
        return new Finding(pointer, problemAtKey(pointer, message));
    }

    /** The value at a pointer, or a missing node. */
    JsonNode node(String pointer) {
        return root.at(pointer);
    }

    static String child(String pointer, String name) {
        return pointer + "/" + segment(name);
    }

    /** A member name as a JSON Pointer segment ({@code ~} and {@code /} escaped). */
    private static String segment(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static final class Builder {
        final String path;
        final JsonParser parser;
        final List<Finding> problems;
        final Map<String, JsonLocation> keys = new HashMap<>();
        final Map<String, JsonLocation> values = new HashMap<>();
        final Map<String, Long> ends = new HashMap<>();
        /** Whether ends are recorded (edits need them; loading does not, and saves the memory). */
        final boolean spans;
        final Locations locations;
        /** One copy of each key name: a million claims repeat the same dozen. */
        final Map<String, String> names = new HashMap<>();
        /** The end of the value read last. */
        long lastEnd;

        Builder(String path, JsonParser parser, List<Finding> problems, boolean spans, Locations locations) {
            this.path = path;
            this.parser = parser;
            this.problems = problems;
            this.spans = spans;
            this.locations = locations;
        }

        /**
         * Where the value being read stands: member names (escaped) and item indexes from the
         * root. Its pointer string is made only when a location is kept or a problem needs it:
         * most values of a large file are deeper than an item and need neither.
         */
        private final List<Object> at = new ArrayList<>();
        /** Each member name's pointer segment, made once per file. */
        private final Map<String, String> escaped = new HashMap<>();

        private String pointer() {
            if (at.isEmpty()) return "";
            var b = new StringBuilder();
            for (Object segment : at) {
                b.append('/').append(segment);
            }
            return b.toString();
        }

        /** Whether the locations of the value being read are kept. */
        private boolean kept() {
            return locations == Locations.ALL || at.size() <= ITEM_DEPTH;
        }

        JsonNode value() throws IOException {
            JsonToken token = parser.currentToken();
            boolean kept = kept();
            String pointer = kept || spans ? pointer() : null;
            if (kept) {
                values.put(pointer, parser.currentTokenLocation());
            }
            if (spans) {
                lastEnd = parser.currentLocation().getCharOffset();
                ends.put(pointer, lastEnd);
            }
            return switch (token) {
                case START_OBJECT -> ended(pointer, object());
                case START_ARRAY -> ended(pointer, array());
                case VALUE_STRING -> NODES.textNode(parser.getText());
                case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> finite(parser.getBigIntegerValue().doubleValue());
                };
                case VALUE_NUMBER_FLOAT -> finite(parser.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                // YAML tags Jackson hands over as objects (binary, timestamps): keep their text.
                default -> NODES.textNode(parser.getText());
            };
        }

        /**
         * Records where a collection ends, the parser now at its closing token: a flow
         * collection's bracket has a width; a block collection ends where its last value does.
         */
        private JsonNode ended(String pointer, JsonNode collection) {
            if (!spans) return collection;
            long closeStart = parser.currentTokenLocation().getCharOffset();
            long closeEnd = parser.currentLocation().getCharOffset();
            // lastEnd is now the end of the collection's last value (or its start when empty).
            lastEnd = closeEnd > closeStart ? closeEnd : Math.max(lastEnd, ends.get(pointer));
            ends.put(pointer, lastEnd);
            return collection;
        }

        /**
         * A number a double can hold, else a problem ("number too large") and a null in its
         * place, so that later checks see no value rather than infinity.
         */
        private JsonNode finite(double value) throws IOException {
            if (Double.isFinite(value)) {
                return NODES.numberNode(value);
            }
            JsonLocation where = parser.currentTokenLocation();
            problems.add(new Finding(pointer(), new Problem(path, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()),
                    "number too large: " + Quote.of(parser.getText()) + " (numbers must be finite)")));
            return NODES.nullNode();
        }

        private ObjectNode object() throws IOException {
            ObjectNode object = NODES.objectNode();
            var seen = new java.util.HashSet<String>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = names.computeIfAbsent(parser.currentName(), n -> n);
                JsonLocation keyAt = parser.currentTokenLocation();
                parser.nextToken();
                at.add(escaped.computeIfAbsent(name, LocatedTree::segment));
                JsonNode value = value();
                if (!seen.add(name)) {
                    problems.add(new Finding(pointer(), new Problem(path, Math.max(1, keyAt.getLineNr()),
                            Math.max(1, keyAt.getColumnNr()), "duplicate key " + Quote.of(name))));
                    at.remove(at.size() - 1);
                    continue;
                }
                if (kept()) {
                    keys.put(pointer(), keyAt);
                }
                at.remove(at.size() - 1);
                if (!value.isNull()) {
                    object.set(name, value);
                }
            }
            return object;
        }

        private ArrayNode array() throws IOException {
            ArrayNode array = NODES.arrayNode();
            var items = new ArrayList<JsonNode>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                at.add(items.size());
                items.add(value());
                at.remove(at.size() - 1);
            }
            array.addAll(items);
            return array;
        }
    }
}
