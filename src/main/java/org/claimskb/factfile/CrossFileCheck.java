package org.claimskb.factfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimskb.model.PartialDate;
import org.claimskb.units.Units;

/**
 * The checks that need more than one item or more than the schema, and what each problem
 * costs (fact-files v2, "Validation"):
 * <ul>
 * <li>A problem skips the one item it is in (a claim, a registry entry, a source, a
 *     resolution); an item that needs an id defined only by a skipped item is skipped too, with
 *     that dependency as its reason rather than as a problem of its own. Claims need their file's
 *     source.</li>
 * <li>When two items define one id, the KB keeps the older definition: files come in age order
 *     (committed to git earlier, else modified earlier, else path order), items within a file in
 *     document order; a definition with problems of its own does not displace a sound one. The
 *     duplicate is reported at every other definition.</li>
 * <li>One metric, one dimension: the dimension most quantities of the metric use stands (a tie
 *     goes to the oldest), and a quantity in another is reported.</li>
 * <li>{@code part_of} must not form a cycle: the newest entity of a cycle is reported.</li>
 * </ul>
 */
final class CrossFileCheck {

    enum Kind {
        SPEAKER("speaker"), ENTITY("entity"), PROPOSITION("proposition"), SOURCE("source"), CLAIM("claim");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One unit of skipping: a registry entry, a source, a claim or a resolution. */
    static final class Item {
        final LocatedTree file;
        final String pointer;
        final String section;
        /** Age order of the file, then document order: lower is older. */
        final int fileAge;
        final int index;
        final List<Problem> problems = new ArrayList<>();
        final List<Def> defs = new ArrayList<>();
        final List<Ref> refs = new ArrayList<>();
        String skipped;

        Item(LocatedTree file, int fileAge, String section, int index) {
            this.file = file;
            this.fileAge = fileAge;
            this.section = section;
            this.index = index;
            this.pointer = index < 0 ? "/" + section : "/" + section + "/" + index;
        }

        JsonNode node() {
            return file.node(pointer);
        }

        boolean live() {
            return problems.isEmpty() && skipped == null;
        }

        int line() {
            return file.problemAtValue(pointer, "").line();
        }

        boolean olderThan(Item o) {
            return fileAge != o.fileAge ? fileAge < o.fileAge : index < o.index;
        }

        String label() {
            JsonNode n = node();
            String id = n.path("id").isTextual() ? n.path("id").asText() : null;
            return switch (section) {
                case "speakers" -> "speaker" + (id == null ? "" : " " + Quote.of(id));
                case "entities" -> "entity" + (id == null ? "" : " " + Quote.of(id));
                case "propositions" -> "proposition" + (id == null ? "" : " " + Quote.of(id));
                case "source" -> "source" + (id == null ? "" : " " + Quote.of(id));
                case "resolutions" -> "resolution" + (n.path("claim").isTextual() ? " of " + Quote.of(n.path("claim").asText()) : "");
                default -> {
                    JsonNode source = file.node("/source/id");
                    yield "claim" + (id == null ? "" : " " + Quote.of(source.isTextual() ? source.asText() + "/" + id : id));
                }
            };
        }

        /** Where a message elsewhere points to this item's value at {@code pointer}. */
        String at(String valuePointer) {
            Problem p = file.problemAtValue(valuePointer, "");
            return p.path() + ":" + p.line();
        }
    }

    record Def(Kind kind, String id, String pointer) {}

    record Ref(Kind kind, String id, String pointer) {}

    private record Key(Kind kind, String id) {}

    /**
     * @param problems every problem found (per-item and file-level), unsorted
     * @param skipped  the items left out, with their reasons
     * @param live     the items that load, per file
     */
    record Outcome(List<Problem> problems, List<SkippedFile> skipped, Map<LocatedTree, Set<String>> live) {}

    private final List<Item> items = new ArrayList<>();
    private final List<Problem> fileProblems = new ArrayList<>();
    /** Every definition of every key, oldest first. */
    private final Map<Key, List<Item>> defined = new HashMap<>();
    /** The definition the KB keeps for each key. */
    private final Map<Key, Item> owner = new HashMap<>();
    /** Each file's source item, when it has one. */
    private final Map<LocatedTree, Item> sourceOf = new HashMap<>();
    /** Files whose claims cannot load whatever they hold: they have no source section. */
    private final Set<LocatedTree> noSource = new HashSet<>();

    private CrossFileCheck() {}

    /**
     * @param filesByAge every file of the right shape, oldest first
     * @param findings   each file's findings so far (parser and schema), by pointer
     */
    static Outcome run(List<LocatedTree> filesByAge, Map<LocatedTree, List<Finding>> findings) {
        var check = new CrossFileCheck();
        for (int age = 0; age < filesByAge.size(); age++) {
            LocatedTree f = filesByAge.get(age);
            check.itemsOf(f, age, findings.getOrDefault(f, List.of()));
        }
        return check.run();
    }

    private void itemsOf(LocatedTree f, int age, List<Finding> findings) {
        var byPointer = new LinkedHashMap<String, Item>();
        JsonNode root = f.root;
        if (root.path("source").isObject()) {
            Item source = new Item(f, age, "source", -1);
            byPointer.put(source.pointer, source);
            sourceOf.put(f, source);
        }
        for (String section : SchemaCheck.LIST_SECTIONS) {
            JsonNode list = root.path(section);
            for (int i = 0; i < list.size(); i++) {
                Item item = new Item(f, age, section, i);
                byPointer.put(item.pointer, item);
            }
        }
        if (root.path("claims").size() > 0 && !root.path("source").isObject()) {
            noSource.add(f);
            fileProblems.add(f.problemAtKey("/claims", "claims need a 'source' section in the same file"));
        }
        for (Finding finding : findings) {
            Item item = itemAt(byPointer, finding.pointer());
            if (item == null) {
                fileProblems.add(finding.problem()); // e.g. an unknown section: it costs nothing else
            } else {
                item.problems.add(finding.problem());
            }
        }
        for (Item item : byPointer.values()) {
            describe(item);
            local(item);
            items.add(item);
        }
    }

    /** The item a pointer falls in: {@code /claims/3/quantity/unit} is in {@code /claims/3}. */
    private static Item itemAt(Map<String, Item> byPointer, String pointer) {
        if (pointer == null) return null;
        String[] segs = pointer.split("/", 4);
        if (segs.length < 2) return null;
        if (segs[1].equals("source")) return byPointer.get("/source");
        return segs.length >= 3 ? byPointer.get("/" + segs[1] + "/" + segs[2]) : null;
    }

    private Outcome run() {
        duplicates();
        unknownReferences();
        propagate();
        cycles();
        units();
        var problems = new ArrayList<>(fileProblems);
        var skipped = new ArrayList<SkippedFile>();
        var live = new LinkedHashMap<LocatedTree, Set<String>>();
        for (Item item : items) {
            problems.addAll(item.problems);
            if (item.live()) {
                live.computeIfAbsent(item.file, k -> new LinkedHashSet<>()).add(item.pointer);
            } else {
                String reason = item.skipped != null && item.problems.isEmpty() ? item.skipped
                        : count(item.problems.size());
                skipped.add(new SkippedFile(item.file.path, item.line(), item.label(), reason));
            }
        }
        return new Outcome(problems, skipped, live);
    }

    static String count(int n) {
        return n + " problem" + (n == 1 ? "" : "s");
    }

    // ---------------------------------------------------------------- what each item defines and names

    private void describe(Item item) {
        JsonNode n = item.node();
        String p = item.pointer;
        switch (item.section) {
            case "speakers" -> {
                def(item, Kind.SPEAKER, p + "/id");
                JsonNode interests = n.path("interests");
                for (int j = 0; j < interests.size(); j++) {
                    ref(item, Kind.ENTITY, p + "/interests/" + j + "/entity");
                    ref(item, Kind.SOURCE, p + "/interests/" + j + "/source");
                }
                ref(item, Kind.CLAIM, p + "/regime_basis");
            }
            case "entities" -> {
                def(item, Kind.ENTITY, p + "/id");
                ref(item, Kind.ENTITY, p + "/part_of");
            }
            case "propositions" -> def(item, Kind.PROPOSITION, p + "/id");
            case "source" -> {
                def(item, Kind.SOURCE, p + "/id");
                ref(item, Kind.SPEAKER, p + "/author");
                for (int j = 0; j < n.path("speakers").size(); j++) {
                    ref(item, Kind.SPEAKER, p + "/speakers/" + j);
                }
            }
            case "claims" -> {
                JsonNode sourceId = item.file.node("/source/id");
                if (sourceId.isTextual() && n.path("id").isTextual()) {
                    item.defs.add(new Def(Kind.CLAIM, sourceId.asText() + "/" + n.path("id").asText(), p + "/id"));
                }
                ref(item, Kind.SPEAKER, p + "/speaker");
                ref(item, Kind.CLAIM, p + "/about");
                JsonNode replyTo = n.path("reply_to");
                if (replyTo.isTextual()) {
                    item.refs.add(new Ref(Kind.CLAIM, RecordMapper.globalReplyTo(replyTo.asText(), sourceId.asText()),
                            p + "/reply_to"));
                }
                for (String list : List.of("favors", "harms")) {
                    for (int j = 0; j < n.path(list).size(); j++) {
                        ref(item, Kind.ENTITY, p + "/" + list + "/" + j);
                    }
                }
                JsonNode stance = n.path("stance");
                if (stance.isObject()) {
                    ref(item, Kind.PROPOSITION, p + "/stance/proposition");
                }
                for (int j = 0; stance.isArray() && j < stance.size(); j++) {
                    ref(item, Kind.PROPOSITION, p + "/stance/" + j + "/proposition");
                }
            }
            case "resolutions" -> ref(item, Kind.CLAIM, p + "/claim");
            default -> throw new IllegalStateException("no such section: " + item.section);
        }
    }

    private static void def(Item item, Kind kind, String pointer) {
        JsonNode v = item.file.node(pointer);
        if (v.isTextual()) item.defs.add(new Def(kind, v.asText(), pointer));
    }

    private static void ref(Item item, Kind kind, String pointer) {
        JsonNode v = item.file.node(pointer);
        if (v.isTextual()) item.refs.add(new Ref(kind, v.asText(), pointer));
    }

    // ---------------------------------------------------------------- checks within one item

    /** What is wrong with an item whatever the rest of the KB holds. */
    private static void local(Item item) {
        LocatedTree f = item.file;
        JsonNode n = item.node();
        String p = item.pointer;
        switch (item.section) {
            case "source" -> date(item, p + "/date");
            case "resolutions" -> date(item, p + "/date");
            case "claims" -> claim(item, f, n, p);
            default -> { }
        }
    }

    /** What a {@code kind: question} must not carry (fact-files v2, "Questions"). */
    private static final List<String> QUESTION_ARGUES_NOTHING =
            List.of("stance", "quantity", "favors", "harms", "due", "probability");

    private static void claim(Item item, LocatedTree f, JsonNode c, String p) {
        JsonNode source = f.root.path("source");
        String id = c.path("id").asText();
        if (source.isObject()) {
            Set<String> listed = new HashSet<>();
            source.path("speakers").forEach(s -> listed.add(s.asText()));
            String speaker = c.path("speaker").isTextual() ? c.path("speaker").asText() : null;
            if (speaker != null && !listed.contains(speaker)) {
                item.problems.add(f.problemAtValue(p + "/speaker", "speaker " + Quote.of(speaker)
                        + " is not listed in the source's speakers " + Quote.elide(listed.stream().sorted().toList().toString())));
            }
        }
        String kind = c.path("kind").asText();
        if (c.has("due") && !"prediction".equals(kind)) {
            item.problems.add(f.problemAtKey(p + "/due", "'due' is only for predictions; this claim is "
                    + (kind.isEmpty() ? "of no kind" : "a " + Quote.elide(kind))));
        }
        if ("question".equals(kind)) {
            for (String field : QUESTION_ARGUES_NOTHING) {
                if (c.has(field)) {
                    item.problems.add(f.problemAtKey(p + "/" + field, "a question argues nothing, so it takes no '"
                            + field + "'; put it on the answer instead"));
                }
            }
        }
        String sourceId = source.path("id").asText();
        if (c.path("reply_to").isTextual()
                && RecordMapper.globalReplyTo(c.path("reply_to").asText(), sourceId).equals(sourceId + "/" + id)) {
            item.problems.add(f.problemAtValue(p + "/reply_to", "a claim cannot reply to itself"));
        }
        if (c.has("assessment") && !c.has("about")) {
            item.problems.add(f.problemAtKey(p + "/assessment", "'assessment' needs 'about': the claim it judges"));
        }
        if ((sourceId + "/" + id).equals(c.path("about").asText(null))) {
            item.problems.add(f.problemAtValue(p + "/about", "a claim cannot comment on itself"));
        }
        date(item, p + "/when");
        date(item, p + "/due");
        JsonNode value = c.path("quantity").path("value");
        if (value.isObject() && value.path("min").isNumber() && value.path("max").isNumber()
                && value.path("min").asDouble() > value.path("max").asDouble()) {
            item.problems.add(f.problemAtValue(p + "/quantity/value", "range min " + value.path("min").asText()
                    + " is above max " + value.path("max").asText()));
        }
    }

    private static void date(Item item, String pointer) {
        JsonNode v = item.file.node(pointer);
        if (v.isMissingNode() || !(v.isTextual() || v.isIntegralNumber())) return;
        // Well-formed but impossible dates (2025-13-01, 2025-02-30); the schema has the form.
        if (v.asText().matches("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?") && PartialDate.parse(v.asText()).isEmpty()) {
            item.problems.add(item.file.problemAtValue(pointer, Quote.of(v.asText()) + " is not a real date"));
        }
    }

    // ---------------------------------------------------------------- across items

    /** Who keeps each id: sources first, since a claim's id is its source's id plus its own. */
    private void duplicates() {
        for (Kind kind : Kind.values()) {
            for (Item item : items) {
                for (Def d : item.defs) {
                    if (d.kind != kind) continue;
                    if (kind == Kind.CLAIM && !ownsItsSource(item)) continue; // its source is someone else's
                    defined.computeIfAbsent(new Key(kind, d.id), k -> new ArrayList<>()).add(item);
                }
            }
            for (var e : defined.entrySet()) {
                if (e.getKey().kind != kind) continue;
                List<Item> all = e.getValue();
                Item keep = all.stream().filter(i -> i.problems.isEmpty()).findFirst().orElse(all.get(0));
                owner.put(e.getKey(), keep);
                Def kept = defOf(keep, e.getKey());
                for (Item other : all) {
                    if (other == keep) continue;
                    Def d = defOf(other, e.getKey());
                    String where = keep.olderThan(other) ? "first defined at " : "the KB keeps the one at ";
                    String message = kind == Kind.CLAIM && other.file == keep.file
                            ? "duplicate claim id " + Quote.of(other.node().path("id").asText()) + " in this file ("
                                    + (keep.olderThan(other) ? "first at line " : "the KB keeps the one at line ")
                                    + keep.file.problemAtValue(kept.pointer, "").line() + ")"
                            : "duplicate " + kind.label + " id " + Quote.of(d.id) + " (" + where
                                    + keep.at(kept.pointer) + ")";
                    other.problems.add(other.file.problemAtValue(d.pointer, message));
                }
            }
        }
    }

    private boolean ownsItsSource(Item claim) {
        Item source = sourceOf.get(claim.file);
        if (source == null || source.defs.isEmpty()) return false;
        return owner.get(new Key(Kind.SOURCE, source.defs.get(0).id)) == source;
    }

    private static Def defOf(Item item, Key key) {
        for (Def d : item.defs) {
            if (d.kind == key.kind && d.id.equals(key.id)) return d;
        }
        throw new IllegalStateException("no definition of " + key + " in " + item.pointer);
    }

    /** A reference to an id no item defines is a problem of the referring item; reply_to must name a question. */
    private void unknownReferences() {
        Map<Kind, Set<String>> known = new HashMap<>();
        for (Key k : defined.keySet()) {
            known.computeIfAbsent(k.kind, x -> new HashSet<>()).add(k.id);
        }
        for (Item item : items) {
            for (Ref r : item.refs) {
                Item target = owner.get(new Key(r.kind, r.id));
                if (target == null) {
                    Set<String> ids = known.getOrDefault(r.kind, Set.of());
                    item.problems.add(item.file.problemAtValue(r.pointer, "unknown " + r.kind.label + " " + Quote.of(r.id)
                            + Suggestions.hint(r.id, ids)));
                } else if (r.pointer.endsWith("/reply_to")) {
                    String kind = target.node().path("kind").asText();
                    if (!"question".equals(kind) && target != item) {
                        item.problems.add(item.file.problemAtValue(r.pointer, "'reply_to' must name a question; "
                                + Quote.of(item.file.node(r.pointer).asText()) + " is of kind " + Quote.of(kind)));
                    }
                }
            }
        }
    }

    /** Skips every item that needs a skipped one, until nothing changes. */
    private void propagate() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Item item : items) {
                if (!item.live()) continue;
                String reason = dependency(item);
                if (reason != null) {
                    item.skipped = reason;
                    changed = true;
                }
            }
        }
    }

    private String dependency(Item item) {
        if (item.section.equals("claims")) {
            if (noSource.contains(item.file)) {
                return "its file has no 'source' section";
            }
            Item source = sourceOf.get(item.file);
            if (source != null && !source.live()) {
                return "depends on " + source.label() + ", which is skipped (" + source.file.path + ":" + source.line() + ")";
            }
            if (source != null && !ownsItsSource(item)) {
                return "depends on " + source.label() + ", which is skipped";
            }
        }
        for (Ref r : item.refs) {
            Item target = owner.get(new Key(r.kind, r.id));
            if (target != null && target != item && !target.live()) {
                return "depends on " + r.kind.label + " " + Quote.of(r.id) + ", which is skipped ("
                        + target.file.path + ":" + target.line() + ")";
            }
        }
        return null;
    }

    /** {@code part_of} cycles among the loading entities: the newest entity of each cycle is reported. */
    private void cycles() {
        boolean found = true;
        while (found) {
            found = false;
            Map<String, Item> entities = new HashMap<>();
            for (Item item : items) {
                if (item.live() && item.section.equals("entities") && !item.defs.isEmpty()) {
                    entities.put(item.defs.get(0).id, item);
                }
            }
            Set<Item> acyclic = new HashSet<>(); // each entity walked once: linear in the number of entities
            for (Item start : entities.values()) {
                if (acyclic.contains(start)) continue;
                var chain = new LinkedHashMap<Item, Integer>();
                Item at = start;
                while (at != null && !acyclic.contains(at) && !chain.containsKey(at)) {
                    chain.put(at, chain.size());
                    JsonNode partOf = at.node().path("part_of");
                    at = partOf.isTextual() ? entities.get(partOf.asText()) : null;
                }
                if (at == null || acyclic.contains(at)) {
                    acyclic.addAll(chain.keySet());
                    continue;
                }
                List<Item> cycle = new ArrayList<>(chain.keySet()).subList(chain.get(at), chain.size());
                Item newest = cycle.get(0);
                for (Item i : cycle) {
                    if (newest.olderThan(i)) newest = i;
                }
                var path = new StringBuilder();
                int from = cycle.indexOf(newest);
                for (int k = 0; k <= cycle.size() && k <= 12; k++) {
                    path.append(k == 0 ? "" : " → ").append(cycle.get((from + k) % cycle.size()).defs.get(0).id);
                }
                if (cycle.size() > 12) path.append(" → …");
                newest.problems.add(newest.file.problemAtValue(newest.pointer + "/part_of",
                        "'part_of' forms a cycle: " + Quote.elide(path.toString())));
                acyclic.addAll(chain.keySet()); // cycles are disjoint: the others are found in this same pass
                found = true;
            }
            propagate();
        }
    }

    private record Use(Item item, String unit, String dimension) {}

    /** One metric, one dimension: the one most of its quantities use (the oldest on a tie); the others are reported. */
    private void units() {
        Map<String, List<Use>> byMetric = new LinkedHashMap<>();
        List<Item> byAge = new ArrayList<>(items);
        byAge.sort((a, b) -> a == b ? 0 : a.olderThan(b) ? -1 : 1);
        for (Item item : byAge) {
            if (!item.section.equals("claims")) continue;
            JsonNode q = item.node().path("quantity");
            if (q.path("metric").isTextual() && q.path("unit").isTextual()) {
                String unit = q.path("unit").asText();
                byMetric.computeIfAbsent(q.path("metric").asText(), k -> new ArrayList<>())
                        .add(new Use(item, unit, Units.of(unit).dimension()));
            }
        }
        for (var e : byMetric.entrySet()) {
            // Only claims that load vote; a skipped claim is still told when its unit is the odd one out.
            Map<String, Integer> counts = new LinkedHashMap<>(); // first seen = oldest first
            for (Use u : e.getValue()) if (u.item.live()) counts.merge(u.dimension, 1, Integer::sum);
            if (counts.isEmpty()) {
                for (Use u : e.getValue()) counts.merge(u.dimension, 1, Integer::sum);
            }
            String standing = null;
            for (var c : counts.entrySet()) {
                if (standing == null || c.getValue() > counts.get(standing)) standing = c.getKey();
            }
            Use reference = null;
            for (Use u : e.getValue()) {
                if (u.dimension.equals(standing) && (u.item.live() || reference == null)) {
                    reference = u;
                    break;
                }
            }
            for (Use u : e.getValue()) {
                if (u.dimension.equals(standing)) continue;
                String pointer = u.item.pointer + "/quantity/unit";
                u.item.problems.add(u.item.file.problemAtValue(pointer, "unit " + Quote.of(u.unit) + " of metric "
                        + Quote.of(e.getKey()) + " cannot be converted to " + Quote.of(reference.unit)
                        + " used for it at " + reference.item.at(reference.item.pointer + "/quantity/unit") + " ("
                        + Quote.elide(dimension(u.dimension)) + " vs " + dimension(reference.dimension) + "; "
                        + counts.get(standing) + " of " + e.getValue().size() + " quantities of this metric use "
                        + dimension(reference.dimension) + ")"));
            }
        }
        propagate();
    }

    private static String dimension(String d) {
        return d.startsWith("unit:") ? "unknown unit" : d;
    }
}
