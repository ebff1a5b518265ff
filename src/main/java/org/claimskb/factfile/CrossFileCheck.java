package org.claimskb.factfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimskb.model.PartialDate;
import org.claimskb.units.Units;

/**
 * The checks that need more than one file or more than the schema: unique ids, references
 * that resolve, a claim's speaker listed by its source, {@code due} only on predictions, real
 * dates, and units that convert within one metric.
 *
 * <p>A file with a problem is skipped. Files that only depend on a skipped file's ids are
 * skipped too, with that dependency as the reason rather than as a problem of their own; this
 * repeats until nothing changes.
 */
final class CrossFileCheck {

    enum Kind {
        SPEAKER("speaker"), ENTITY("entity"), PROPOSITION("proposition"), SOURCE("source"), CLAIM("claim");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    record Definition(Kind kind, String id, LocatedTree file, String pointer) {}

    record Outcome(Map<LocatedTree, List<Problem>> problems, Map<LocatedTree, String> skipped) {}

    private final List<LocatedTree> files;
    private final Map<LocatedTree, List<Problem>> problems = new LinkedHashMap<>();
    private final Map<LocatedTree, String> skipped = new LinkedHashMap<>();
    /** Every definition in every parsed file, to tell "undefined" from "defined in a skipped file". */
    private final Map<Kind, Map<String, Definition>> everywhere = new EnumMap<>(Kind.class);

    private CrossFileCheck(List<LocatedTree> files) {
        this.files = files;
    }

    /**
     * @param parsed   every file that parsed, in path order
     * @param rejected the subset already rejected (syntax or schema problems), with their reasons
     */
    static Outcome run(List<LocatedTree> parsed, Map<LocatedTree, String> rejected) {
        var check = new CrossFileCheck(parsed);
        check.skipped.putAll(rejected);
        return check.run();
    }

    private Outcome run() {
        for (Kind k : Kind.values()) {
            everywhere.put(k, new HashMap<>());
        }
        for (LocatedTree f : files) {
            for (Definition d : definitions(f)) {
                everywhere.get(d.kind).putIfAbsent(d.id, d);
            }
        }
        duplicates();
        boolean changed = true;
        boolean firstPass = true;
        while (changed) {
            changed = false;
            Map<Kind, Map<String, Definition>> live = liveDefinitions();
            for (LocatedTree f : files) {
                boolean rejected = skipped.containsKey(f);
                if (rejected && !firstPass) continue;
                var found = new ArrayList<Problem>();
                var dependsOn = new ArrayList<String>();
                references(f, live, found, dependsOn);
                semantics(f, live, found);
                if (rejected) {
                    // Already skipped: still report everything else wrong with it, in one run.
                    if (!found.isEmpty()) problems.computeIfAbsent(f, x -> new ArrayList<>()).addAll(found);
                } else if (!found.isEmpty()) {
                    problems.computeIfAbsent(f, x -> new ArrayList<>()).addAll(found);
                    skipped.put(f, found.size() + " problem" + (found.size() == 1 ? "" : "s"));
                    changed = true;
                } else if (!dependsOn.isEmpty()) {
                    skipped.put(f, "depends on " + dependsOn.get(0)
                            + (dependsOn.size() > 1 ? " (and " + (dependsOn.size() - 1) + " more)" : ""));
                    changed = true;
                }
            }
            if (firstPass) {
                unitsOfRejected();
            }
            firstPass = false;
            if (!changed) {
                changed = units();
            }
        }
        return new Outcome(problems, skipped);
    }

    private Map<Kind, Map<String, Definition>> liveDefinitions() {
        Map<Kind, Map<String, Definition>> live = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            live.put(k, new HashMap<>());
        }
        for (LocatedTree f : files) {
            if (skipped.containsKey(f)) continue;
            for (Definition d : definitions(f)) {
                live.get(d.kind).putIfAbsent(d.id, d);
            }
        }
        return live;
    }

    private void duplicates() {
        Map<Kind, Map<String, Definition>> first = new EnumMap<>(Kind.class);
        // Valid files first, so a clash with an already rejected file is reported in that file.
        var order = new ArrayList<LocatedTree>(files.stream().filter(f -> !skipped.containsKey(f)).toList());
        order.addAll(files.stream().filter(skipped::containsKey).toList());
        for (LocatedTree f : order) {
            for (Definition d : definitions(f)) {
                Definition earlier = first.computeIfAbsent(d.kind, k -> new HashMap<>()).putIfAbsent(d.id, d);
                if (earlier != null) {
                    Problem at = earlier.file.problemAtValue(earlier.pointer, "");
                    add(f, f.problemAtValue(d.pointer, "duplicate " + d.kind.label + " id '" + d.id
                            + "' (first defined at " + at.path() + ":" + at.line() + ")"));
                }
            }
        }
        for (LocatedTree f : problems.keySet()) {
            skipped.putIfAbsent(f, problems.get(f).size() + " problem" + (problems.get(f).size() == 1 ? "" : "s"));
        }
    }

    private void add(LocatedTree f, Problem p) {
        problems.computeIfAbsent(f, x -> new ArrayList<>()).add(p);
    }

    static List<Definition> definitions(LocatedTree f) {
        var defs = new ArrayList<Definition>();
        JsonNode root = f.root;
        collect(defs, f, Kind.SPEAKER, root.path("speakers"), "/speakers");
        collect(defs, f, Kind.ENTITY, root.path("entities"), "/entities");
        collect(defs, f, Kind.PROPOSITION, root.path("propositions"), "/propositions");
        String sourceId = root.path("source").path("id").asText(null);
        if (sourceId != null) {
            defs.add(new Definition(Kind.SOURCE, sourceId, f, "/source/id"));
            JsonNode claims = root.path("claims");
            for (int i = 0; i < claims.size(); i++) {
                String id = claims.get(i).path("id").asText(null);
                if (id != null) {
                    defs.add(new Definition(Kind.CLAIM, sourceId + "/" + id, f, "/claims/" + i + "/id"));
                }
            }
        }
        return defs;
    }

    private static void collect(List<Definition> defs, LocatedTree f, Kind kind, JsonNode list, String base) {
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).path("id").asText(null);
            if (id != null) {
                defs.add(new Definition(kind, id, f, base + "/" + i + "/id"));
            }
        }
    }

    private void references(LocatedTree f, Map<Kind, Map<String, Definition>> live, List<Problem> found,
                            List<String> dependsOn) {
        JsonNode root = f.root;
        var refs = new ArrayList<Ref>();
        JsonNode speakers = root.path("speakers");
        for (int i = 0; i < speakers.size(); i++) {
            String p = "/speakers/" + i;
            JsonNode interests = speakers.get(i).path("interests");
            for (int j = 0; j < interests.size(); j++) {
                refs.add(new Ref(Kind.ENTITY, p + "/interests/" + j + "/entity"));
                refs.add(new Ref(Kind.SOURCE, p + "/interests/" + j + "/source"));
            }
            refs.add(new Ref(Kind.CLAIM, p + "/regime_basis"));
        }
        JsonNode entities = root.path("entities");
        for (int i = 0; i < entities.size(); i++) {
            refs.add(new Ref(Kind.ENTITY, "/entities/" + i + "/part_of"));
        }
        refs.add(new Ref(Kind.SPEAKER, "/source/author"));
        JsonNode sourceSpeakers = root.path("source").path("speakers");
        for (int i = 0; i < sourceSpeakers.size(); i++) {
            refs.add(new Ref(Kind.SPEAKER, "/source/speakers/" + i));
        }
        JsonNode claims = root.path("claims");
        for (int i = 0; i < claims.size(); i++) {
            String p = "/claims/" + i;
            JsonNode c = claims.get(i);
            refs.add(new Ref(Kind.SPEAKER, p + "/speaker"));
            refs.add(new Ref(Kind.CLAIM, p + "/about"));
            refs.add(new Ref(Kind.CLAIM, p + "/reply_to"));
            for (String list : List.of("favors", "harms")) {
                for (int j = 0; j < c.path(list).size(); j++) {
                    refs.add(new Ref(Kind.ENTITY, p + "/" + list + "/" + j));
                }
            }
            JsonNode stance = c.path("stance");
            if (stance.isObject()) {
                refs.add(new Ref(Kind.PROPOSITION, p + "/stance/proposition"));
            }
            for (int j = 0; stance.isArray() && j < stance.size(); j++) {
                refs.add(new Ref(Kind.PROPOSITION, p + "/stance/" + j + "/proposition"));
            }
        }
        JsonNode resolutions = root.path("resolutions");
        for (int i = 0; i < resolutions.size(); i++) {
            refs.add(new Ref(Kind.CLAIM, "/resolutions/" + i + "/claim"));
        }
        for (Ref ref : refs) {
            JsonNode value = f.node(ref.pointer);
            if (!value.isTextual()) continue;
            String id = value.asText();
            if (ref.pointer.endsWith("/reply_to")) {
                id = RecordMapper.globalReplyTo(id, root.path("source").path("id").asText());
            }
            if (live.get(ref.kind).containsKey(id)) continue;
            Definition elsewhere = everywhere.get(ref.kind).get(id);
            if (elsewhere != null && elsewhere.file == f) {
                continue; // defined in this (already rejected) file: not a problem of its own
            }
            if (elsewhere != null) {
                dependsOn.add(ref.kind.label + " '" + id + "' from skipped file " + elsewhere.file.path);
            } else {
                found.add(f.problemAtValue(ref.pointer, "unknown " + ref.kind.label + " '" + id + "'"
                        + Suggestions.hint(id, everywhere.get(ref.kind).keySet())));
            }
        }
    }

    private record Ref(Kind kind, String pointer) {}

    private void semantics(LocatedTree f, Map<Kind, Map<String, Definition>> live, List<Problem> found) {
        JsonNode root = f.root;
        JsonNode source = root.path("source");
        date(f, "/source/date", found);
        JsonNode claims = root.path("claims");
        if (claims.size() > 0 && source.isMissingNode()) {
            found.add(f.problemAtKey("/claims", "claims need a 'source' section in the same file"));
        }
        Set<String> listed = new HashSet<>();
        source.path("speakers").forEach(s -> listed.add(s.asText()));
        Set<String> localIds = new HashSet<>();
        for (int i = 0; i < claims.size(); i++) {
            String p = "/claims/" + i;
            JsonNode c = claims.get(i);
            String id = c.path("id").asText();
            if (!localIds.add(id)) {
                found.add(f.problemAtValue(p + "/id", "duplicate claim id '" + id + "' in this file"));
            }
            String speaker = c.path("speaker").asText(null);
            if (speaker != null && !source.isMissingNode() && !listed.contains(speaker)) {
                found.add(f.problemAtValue(p + "/speaker", "speaker '" + speaker
                        + "' is not listed in the source's speakers " + listed.stream().sorted().toList()));
            }
            boolean prediction = "prediction".equals(c.path("kind").asText());
            if (c.has("due") && !prediction) {
                found.add(f.problemAtKey(p + "/due", "'due' is only for predictions; this claim is a "
                        + c.path("kind").asText()));
            }
            if ("question".equals(c.path("kind").asText())) {
                for (String field : QUESTION_ARGUES_NOTHING) {
                    if (c.has(field)) {
                        found.add(f.problemAtKey(p + "/" + field, "a question argues nothing, so it takes no '"
                                + field + "'; put it on the answer instead"));
                    }
                }
            }
            replyTarget(f, live, p, c, found);
            if (c.has("assessment") && !c.has("about")) {
                found.add(f.problemAtKey(p + "/assessment", "'assessment' needs 'about': the claim it judges"));
            }
            String global = source.path("id").asText() + "/" + id;
            if (global.equals(c.path("about").asText(null))) {
                found.add(f.problemAtValue(p + "/about", "a claim cannot comment on itself"));
            }
            date(f, p + "/when", found);
            date(f, p + "/due", found);
            JsonNode value = c.path("quantity").path("value");
            if (value.isObject() && value.path("min").isNumber() && value.path("max").isNumber()
                    && value.path("min").asDouble() > value.path("max").asDouble()) {
                found.add(f.problemAtValue(p + "/quantity/value", "range min " + value.path("min").asText()
                        + " is above max " + value.path("max").asText()));
            }
        }
        JsonNode resolutions = root.path("resolutions");
        for (int i = 0; i < resolutions.size(); i++) {
            date(f, "/resolutions/" + i + "/date", found);
        }
    }

    /** What a {@code kind: question} must not carry (fact-files v2, "Questions"). */
    private static final List<String> QUESTION_ARGUES_NOTHING =
            List.of("stance", "quantity", "favors", "harms", "due", "probability");

    /** {@code reply_to} must name a question, and not the claim itself (a missing target is a reference problem). */
    private static void replyTarget(LocatedTree f, Map<Kind, Map<String, Definition>> live, String p, JsonNode c,
                                    List<Problem> found) {
        String replyTo = c.path("reply_to").asText(null);
        if (replyTo == null) return;
        String sourceId = f.root.path("source").path("id").asText();
        String global = RecordMapper.globalReplyTo(replyTo, sourceId);
        if (global.equals(sourceId + "/" + c.path("id").asText())) {
            found.add(f.problemAtValue(p + "/reply_to", "a claim cannot reply to itself"));
            return;
        }
        Definition target = live.get(Kind.CLAIM).get(global);
        if (target == null) return;
        String pointer = target.pointer.substring(0, target.pointer.length() - "/id".length());
        String kind = target.file.node(pointer + "/kind").asText();
        if (!"question".equals(kind)) {
            found.add(f.problemAtValue(p + "/reply_to", "'reply_to' must name a question; '" + replyTo
                    + "' is of kind '" + kind + "'"));
        }
    }

    private static void date(LocatedTree f, String pointer, List<Problem> found) {
        JsonNode v = f.node(pointer);
        if (v.isMissingNode() || !(v.isTextual() || v.isIntegralNumber())) return;
        if (PartialDate.parse(v.asText()).isEmpty()) {
            found.add(f.problemAtValue(pointer, "'" + v.asText() + "' is not a real date"));
        }
    }

    /** Reports unit clashes inside files already rejected, against the valid files' units. */
    private void unitsOfRejected() {
        for (LocatedTree f : files) {
            if (!skipped.containsKey(f)) continue;
            var found = unitClashes(List.of(f), new HashMap<>(firstUnits()));
            if (!found.isEmpty()) problems.computeIfAbsent(f, x -> new ArrayList<>()).addAll(found);
        }
    }

    private record Seen(String unit, LocatedTree file, String pointer) {}

    private Map<String, Seen> firstUnits() {
        Map<String, Seen> byMetric = new HashMap<>();
        for (LocatedTree f : files) {
            if (skipped.containsKey(f)) continue;
            forEachUnit(f, (metric, unit, pointer) -> byMetric.putIfAbsent(metric, new Seen(unit, f, pointer)));
        }
        return byMetric;
    }

    private interface UnitVisitor {
        void visit(String metric, String unit, String pointer);
    }

    private static void forEachUnit(LocatedTree f, UnitVisitor visitor) {
        JsonNode claims = f.root.path("claims");
        for (int i = 0; i < claims.size(); i++) {
            JsonNode q = claims.get(i).path("quantity");
            if (q.path("metric").isTextual() && q.path("unit").isTextual()) {
                visitor.visit(q.path("metric").asText(), q.path("unit").asText(), "/claims/" + i + "/quantity/unit");
            }
        }
    }

    private static List<Problem> unitClashes(List<LocatedTree> in, Map<String, Seen> byMetric) {
        var found = new ArrayList<Problem>();
        for (LocatedTree f : in) {
            forEachUnit(f, (metric, unit, pointer) -> {
                Seen first = byMetric.putIfAbsent(metric, new Seen(unit, f, pointer));
                if (first != null && !Units.convertible(first.unit, unit)) {
                    Problem at = first.file.problemAtValue(first.pointer, "");
                    found.add(f.problemAtValue(pointer, "unit '" + unit + "' of metric '" + metric
                            + "' cannot be converted to '" + first.unit + "' used for it at " + at.path()
                            + ":" + at.line() + " (" + Units.of(unit).dimension() + " vs "
                            + Units.of(first.unit).dimension() + ")"));
                }
            });
        }
        return found;
    }

    /**
     * One metric, one dimension: the first unit seen (in path order) sets it, and a unit that
     * cannot be converted to it is a problem of the later file. Returns whether a file was skipped.
     */
    private boolean units() {
        Map<String, Seen> byMetric = new HashMap<>();
        boolean changed = false;
        for (LocatedTree f : files) {
            if (skipped.containsKey(f)) continue;
            var found = unitClashes(List.of(f), byMetric);
            if (!found.isEmpty()) {
                problems.computeIfAbsent(f, x -> new ArrayList<>()).addAll(found);
                skipped.put(f, found.size() + " problem" + (found.size() == 1 ? "" : "s"));
                changed = true;
            }
        }
        return changed;
    }

}
