package org.claimskb.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.claimskb.factfile.Problem;
import org.claimskb.factfile.Suggestions;
import org.claimskb.scoring.Parameters;

/**
 * Reads {@code rules/parameters.yaml}: the one documented table of the numbers the aggregations
 * use (verdict weights and bands, grade thresholds, numeric tolerance), each entry a
 * {@code value} with its {@code reason}. Every key is required and no other is allowed, so a
 * misspelt key is reported (with a "did you mean") rather than silently ignored.
 */
final class ParameterTable {
    static final String FILE = "parameters.yaml";

    /** Section -> keys, in the file's order. */
    private static final Map<String, List<String>> KEYS = new LinkedHashMap<>();

    static {
        KEYS.put("numeric_tolerance", List.of());
        KEYS.put("verdict", List.of("verifiable_factor", "plain_factor", "unverifiable_factor", "shrinkage",
                "weight_floor", "supported", "leans"));
        KEYS.put("grade", List.of("min_claims", "min_facts", "min_resolved", "self_contradiction_penalty",
                "max_self_contradiction_penalty", "a", "b", "c", "d"));
    }

    private final String path;
    private final List<String> lines;
    private final List<Problem> problems = new ArrayList<>();

    private ParameterTable(String path, String text) {
        this.path = path;
        this.lines = text.lines().toList();
    }

    /** The table of {@code rulesDir}, or {@link RuleErrors} naming each problem with its line. */
    static Parameters load(Path rulesDir) {
        Path file = rulesDir.resolve(FILE);
        String shown = rulesDir.getFileName() + "/" + FILE;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw RuleErrors.of(new Problem(shown, 1, 1, "missing: this table holds the numbers verdicts and grades "
                    + "use (numeric_tolerance, verdict, grade); copy it from the shipped rules/"));
        } catch (IOException e) {
            throw RuleErrors.of(new Problem(shown, 1, 1, "cannot be read: " + e.getMessage()));
        }
        return new ParameterTable(shown, text).parse(text);
    }

    private Parameters parse(String text) {
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(text);
        } catch (IOException e) {
            throw RuleErrors.of(new Problem(path, 1, 1, "not valid YAML: " + firstLine(e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            throw RuleErrors.of(new Problem(path, 1, 1, "expected a table of sections (numeric_tolerance, verdict, grade)"));
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.containsKey(key)) {
                problems.add(new Problem(path, lineOf(key, 0), 1, "unknown section '" + key + "'"
                        + Suggestions.hint(key, KEYS.keySet())));
            }
        }
        double tolerance = number(root.path("numeric_tolerance"), "numeric_tolerance", 0, 1);
        JsonNode v = section(root, "verdict");
        JsonNode g = section(root, "grade");
        var verdicts = new Parameters.Verdicts(number(v, "verifiable_factor", 0, 10), number(v, "plain_factor", 0, 10),
                number(v, "unverifiable_factor", 0, 10), number(v, "shrinkage", 0, 100), number(v, "weight_floor", 0, 100),
                number(v, "supported", 0, 1), number(v, "leans", 0, 1));
        var grades = new Parameters.Grades((int) number(g, "min_claims", 0, 1e6), (int) number(g, "min_facts", 0, 1e6),
                (int) number(g, "min_resolved", 0, 1e6), number(g, "self_contradiction_penalty", 0, 1),
                number(g, "max_self_contradiction_penalty", 0, 1), number(g, "a", 0, 1), number(g, "b", 0, 1),
                number(g, "c", 0, 1), number(g, "d", 0, 1));
        if (!problems.isEmpty()) {
            throw new RuleErrors(problems);
        }
        return new Parameters(tolerance, verdicts, grades);
    }

    private JsonNode section(JsonNode root, String name) {
        JsonNode s = root.path(name);
        if (!s.isObject()) {
            problems.add(new Problem(path, lineOf(name, 0), 1, "section '" + name + "' is missing or not a table"));
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.get(name).contains(key)) {
                problems.add(new Problem(path, lineOf(key, lineOf(name, 0)), 1, "unknown key '" + key + "' in '" + name
                        + "'" + Suggestions.hint(key, KEYS.get(name))));
            }
        }
        return s;
    }

    /** {@code entry.value} of a section's entry (or of a top-level entry), checked to lie in [min, max]. */
    private double number(JsonNode section, String key, double min, double max) {
        JsonNode entry = section.has(key) ? section.get(key) : section;
        if (section.isMissingNode()) {
            return 0;
        }
        int line = lineOf(key, 0);
        if (!section.has(key) && !(entry.has("value"))) {
            problems.add(new Problem(path, line, 1, "'" + key + "' is missing"));
            return 0;
        }
        JsonNode value = entry.path("value");
        if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
            problems.add(new Problem(path, line, 1, "'" + key + "' needs a number as its value"));
            return 0;
        }
        double d = value.asDouble();
        if (d < min || d > max) {
            problems.add(new Problem(path, line, 1, "'" + key + "' is " + value.asText() + "; it must lie between "
                    + trim(min) + " and " + trim(max)));
        }
        if (!entry.path("reason").isTextual() || entry.path("reason").asText().isBlank()) {
            problems.add(new Problem(path, line, 1, "'" + key + "' needs a reason: say why the number is what it is"));
        }
        return d;
    }

    private int lineOf(String key, int after) {
        for (int i = after; i < lines.size(); i++) {
            if (lines.get(i).stripLeading().startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
