package org.claimskb.factfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Checks one file's structure against {@code fact-file.schema.json} (field names, types,
 * required fields, enumerations, id patterns) and turns the validator's findings into
 * located, readable problems with "did you mean" hints taken from the schema itself.
 */
final class SchemaCheck {
    static final String SCHEMA_RESOURCE = "fact-file.schema.json";

    private final JsonNode schemaTree;
    private final JsonSchema schema;

    private SchemaCheck() {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            schemaTree = org.claimskb.files.Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled fact-file schema", e);
        }
        var config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree, config);
        // Built now rather than on first use: files are checked on several threads at once.
        schema.initializeValidators();
    }

    private static final class Holder {
        static final SchemaCheck INSTANCE = new SchemaCheck();
    }

    static SchemaCheck instance() {
        return Holder.INSTANCE;
    }

    /** Sections that hold a list of items, each a mapping. */
    static final List<String> LIST_SECTIONS = List.of("speakers", "entities", "propositions", "claims", "resolutions");

    /**
     * Whether the file can be walked at all: a mapping of sections, each list section a list and
     * {@code source} a mapping. A file of the wrong shape is skipped whole, so these problems
     * are whole-file findings, and the schema is not run on it.
     */
    List<Finding> shape(LocatedTree tree) {
        var problems = new ArrayList<Finding>();
        if (!tree.root.isObject()) {
            problems.add(Finding.wholeFile(tree.problemAtValue("", "a fact file must be a mapping of sections ("
                    + String.join(", ", allowed("")) + "), found " + kind(tree.root))));
            return problems;
        }
        for (String section : LIST_SECTIONS) {
            JsonNode v = tree.root.path(section);
            if (!v.isMissingNode() && !v.isArray()) {
                problems.add(Finding.wholeFile(tree.problemAtValue("/" + section, "'" + section
                        + "' must be a list (one '- ' item per entry), found " + kind(v))));
            }
        }
        JsonNode source = tree.root.path("source");
        if (!source.isMissingNode() && !source.isObject()) {
            problems.add(Finding.wholeFile(tree.problemAtValue("/source",
                    "'source' must be a mapping of fields (id, kind, date, ...), found " + kind(source))));
        }
        return problems;
    }

    /** Schema problems of a file of the right {@link #shape}, each with the pointer of the value it is about. */
    List<Finding> check(LocatedTree tree) {
        var problems = new ArrayList<Finding>();
        for (ValidationMessage m : schema.validate(tree.root)) {
            String pointer = m.getInstanceLocation().toString();
            problems.add(new Finding("/".equals(pointer) ? "" : pointer, describe(tree, m)));
        }
        problems.sort(Comparator.comparing(Finding::problem));
        return problems;
    }

    private Problem describe(LocatedTree tree, ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        if ("/".equals(pointer)) {
            pointer = "";
        }
        String field = fieldName(pointer);
        JsonNode value = m.getInstanceNode();
        String property = m.getProperty();
        return switch (m.getType()) {
            case "additionalProperties" -> {
                String member = LocatedTree.child(pointer, property);
                yield tree.problemAtKey(member, "unknown field " + Quote.of(property) + where(pointer)
                        + Suggestions.hint(property, allowed(pointer)));
            }
            case "required" -> tree.problemAtValue(pointer,
                    "missing required field '" + property + "'" + where(pointer));
            case "type" -> tree.problemAtValue(pointer, "'" + field + "' must be "
                    + expectedTypes(pointer) + ", found " + kind(value));
            case "enum" -> {
                List<String> options = enumOptions(pointer);
                yield tree.problemAtValue(pointer, "'" + field + "' must be one of " + String.join(", ", options)
                        + ", found " + Quote.of(value.asText()) + Suggestions.hint(value.asText(), options));
            }
            case "pattern" -> tree.problemAtValue(pointer, "'" + field + "' " + patternProblem(pointer, value.asText()));
            case "minLength" -> tree.problemAtValue(pointer, "'" + field + "' must not be empty");
            case "minimum", "maximum" -> tree.problemAtValue(pointer, "'" + field + "' is out of range: "
                    + Quote.elide(m.getMessage().replaceFirst("^\\S*: ", "")));
            default -> tree.problemAtValue(pointer, "'" + field + "' is not valid: "
                    + Quote.elide(m.getMessage().replaceFirst("^\\S*: ", "")));
        };
    }

    private String patternProblem(String pointer, String text) {
        JsonNode s = schemaAt(pointer);
        String pattern = s.path("pattern").asText();
        if (pattern.contains("\\d{4}")) {
            return Quote.of(text) + " is not a date (write YYYY, YYYY-MM or YYYY-MM-DD)";
        }
        if (pattern.contains("/")) {
            return Quote.of(text) + " is not a global claim id (write <source-id>/<claim-id>, kebab-case)";
        }
        if (pattern.contains("A-Za-z")) {
            return Quote.of(text) + " is not a BCP 47 language tag (e.g. en, ja, zh-Hant)";
        }
        return Quote.of(text) + " is not a kebab-case id (lower-case letters, digits and hyphens, e.g. 'gavin-baker')";
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? " at the top level" : " in '" + readable(pointer) + "'";
    }

    /** {@code /claims/3/quantity} as {@code claims[3].quantity}. */
    static String readable(String pointer) {
        var out = new StringBuilder();
        for (String seg : pointer.substring(Math.min(1, pointer.length())).split("/")) {
            if (seg.isEmpty()) continue;
            if (seg.chars().allMatch(Character::isDigit)) {
                out.append('[').append(seg).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(seg.replace("~1", "/").replace("~0", "~"));
            }
        }
        return out.toString();
    }

    private static String fieldName(String pointer) {
        String[] segs = pointer.split("/");
        for (int i = segs.length - 1; i >= 0; i--) {
            if (!segs[i].isEmpty() && !segs[i].chars().allMatch(Character::isDigit)) {
                return readable("/" + String.join("/", Arrays.copyOfRange(segs, i, segs.length)));
            }
        }
        return "document";
    }

    private static String kind(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) return "nothing";
        if (node.isObject()) return "a mapping";
        if (node.isArray()) return "a list";
        if (node.isBoolean()) return "a boolean (" + node.asText() + ")";
        if (node.isIntegralNumber()) return "an integer (" + Quote.elide(node.asText()) + ")";
        if (node.isNumber()) return "a number (" + Quote.elide(node.asText()) + ")";
        return "a string (" + Quote.of(node.asText()) + ")";
    }

    private String expectedTypes(String pointer) {
        JsonNode type = schemaAt(pointer).path("type");
        List<String> names = type.isArray()
                ? StreamSupport.stream(type.spliterator(), false).map(JsonNode::asText).toList()
                : List.of(type.asText());
        return names.stream().map(t -> switch (t) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "integer" -> "an integer";
            default -> "a " + t;
        }).collect(Collectors.joining(" or "));
    }

    private List<String> enumOptions(String pointer) {
        JsonNode e = schemaAt(pointer).path("enum");
        return StreamSupport.stream(e.spliterator(), false).map(JsonNode::asText).distinct().toList();
    }

    /** The fields the schema allows in the object at {@code pointer}. */
    List<String> allowed(String pointer) {
        JsonNode props = schemaAt(pointer).path("properties");
        var names = new ArrayList<String>();
        props.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Walks the schema along an instance pointer, following $ref, properties and items. */
    private JsonNode schemaAt(String pointer) {
        JsonNode s = resolve(schemaTree);
        for (String seg : pointer.split("/")) {
            if (seg.isEmpty()) continue;
            String name = seg.replace("~1", "/").replace("~0", "~");
            if (s.path("properties").has(name)) {
                s = resolve(s.path("properties").path(name));
            } else if (s.has("items")) {
                s = resolve(s.path("items"));
            } else {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
        }
        return s;
    }

    private JsonNode resolve(JsonNode s) {
        for (int guard = 0; s.has("$ref") && guard < 16; guard++) {
            s = schemaTree.at(s.get("$ref").asText().substring(1));
        }
        return s;
    }
}
