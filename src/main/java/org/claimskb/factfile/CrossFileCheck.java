package org.claimskb.factfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
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

    /**
     * One unit of skipping: a registry entry, a source, a claim or a resolution. It is described
     * from its file's tree once, on the thread that parsed the file, and keeps only what the
     * checks across files read (its ids, references, kind, quantity unit) and, when it is sound
     * on its own, its model record: the tree itself is dropped before the files meet, so a
     * million claims are held once, as records, rather than twice.
     */
    static final class Item {
        /** The file's locations (its content dropped once described). */
        final LocatedTree file;
        final String section;
        /** Age order of the file, then document order: lower is older. Set when the files meet. */
        int fileAge;
        final int index;
        private List<Problem> problems;
        final List<Def> defs = new ArrayList<>(1);
        final List<Ref> refs = new ArrayList<>(2);
        /** Each reference's target, once references are resolved: null where unknown. */
        Item[] targets;
        /** The file's source item, for a claim (null when the file has none). */
        Item source;
        /** The id a message names the item by (a claim's global id, a resolution's claim), or null. */
        String shownId;
        /** A claim's {@code kind} as written ("" when missing). */
        String kind;
        /** An entity's {@code part_of}, when it names one. */
        String partOf;
        /** A claim's quantity metric and unit, when it has both. */
        String metric;
        String unit;
        /** A source that keeps its id (decided with the duplicates). */
        boolean ownsId;
        /** The model record, when the item is sound on its own (see {@link RecordMapper#mapItems}). */
        Object record;
        String skipped;

        Item(LocatedTree file, String section, int index) {
            this.file = file;
            this.section = section;
            this.index = index;
        }

        String pointer() {
            return index < 0 ? "/" + section : "/" + section + "/" + index;
        }

        List<Problem> problems() {
            return problems == null ? List.of() : problems;
        }

        void problem(Problem p) {
            if (problems == null) problems = new ArrayList<>(2);
            problems.add(p);
        }

        boolean live() {
            return problems == null && skipped == null;
        }

        int line() {
            return file.problemAtValue(pointer(), "").line();
        }

        boolean olderThan(Item o) {
            return fileAge != o.fileAge ? fileAge < o.fileAge : index < o.index;
        }

        String label() {
            String id = shownId;
            return switch (section) {
                case "speakers" -> "speaker" + (id == null ? "" : " " + Quote.of(id));
                case "entities" -> "entity" + (id == null ? "" : " " + Quote.of(id));
                case "propositions" -> "proposition" + (id == null ? "" : " " + Quote.of(id));
                case "source" -> "source" + (id == null ? "" : " " + Quote.of(id));
                case "resolutions" -> "resolution" + (id == null ? "" : " of " + Quote.of(id));
                default -> "claim" + (id == null ? "" : " " + Quote.of(id));
            };
        }

        /** Where a message elsewhere points to this item's value at {@code suffix} (after its own pointer). */
        String at(String suffix) {
            Problem p = file.problemAtValue(pointer() + suffix, "");
            return p.path() + ":" + p.line();
        }

        Problem problemAt(String suffix, String message) {
            return file.problemAtValue(pointer() + suffix, message);
        }
    }

    /** An id the item defines, at {@code suffix} after the item's pointer ({@code /id}). */
    record Def(Kind kind, String id, String suffix) {}

    /** An id the item names, as written ({@code raw}) and as the KB knows it ({@code id}). */
    record Ref(Kind kind, String id, String suffix, String raw) {}

    /** One file's items, described on their own, in document order (the source first). */
    record FileItems(LocatedTree file, List<Item> items, List<Problem> fileProblems) {}

    /**
     * @param problems every problem found (per-item and file-level), unsorted
     * @param skipped  the items left out, with their reasons
     */
    record Outcome(List<Problem> problems, List<SkippedFile> skipped) {}

    private final List<Item> items = new ArrayList<>();
    private final List<Problem> fileProblems = new ArrayList<>();
    /** Every definition of every id, oldest first, per kind. */
    private final Map<Kind, Map<String, List<Item>>> defined = new EnumMap<>(Kind.class);
    /** The definition the KB keeps for each id, per kind. */
    private final Map<Kind, Map<String, Item>> owner = new EnumMap<>(Kind.class);

    private CrossFileCheck() {
        for (Kind k : Kind.values()) {
            defined.put(k, new HashMap<>());
            owner.put(k, new HashMap<>());
        }
    }

    /** @param filesByAge every file of the right shape, oldest first, each described by {@link #itemsOf} */
    static Outcome run(List<FileItems> filesByAge) {
        var check = new CrossFileCheck();
        for (int age = 0; age < filesByAge.size(); age++) {
            FileItems f = filesByAge.get(age);
            for (Item item : f.items()) {
                item.fileAge = age;
                check.items.add(item);
            }
            check.fileProblems.addAll(f.fileProblems());
        }
        return check.run();
    }

    /**
     * Describes one file's items and runs the checks that need nothing beyond the item; the
     * findings so far (parser and schema) are charged to the items they fall in. The items keep
     * {@code locations} (the same file without its content), not {@code tree}.
     */
    static FileItems itemsOf(LocatedTree tree, LocatedTree locations, List<Finding> findings) {
        var items = new ArrayList<Item>();
        var fileProblems = new ArrayList<Problem>();
        JsonNode root = tree.root;
        Item source = null;
        if (root.path("source").isObject()) {
            source = new Item(locations, "source", -1);
            items.add(source);
        }
        var bySection = new HashMap<String, Integer>();
        for (String section : SchemaCheck.LIST_SECTIONS) {
            bySection.put(section, items.size());
            JsonNode list = root.path(section);
            for (int i = 0; i < list.size(); i++) {
                Item item = new Item(locations, section, i);
                if (section.equals("claims")) item.source = source;
                items.add(item);
            }
        }
        if (root.path("claims").size() > 0 && source == null) {
            fileProblems.add(tree.problemAtKey("/claims", "claims need a 'source' section in the same file"));
        }
        for (Finding finding : findings) {
            Item item = itemAt(items, bySection, source, root, finding.pointer());
            if (item == null) {
                fileProblems.add(finding.problem()); // e.g. an unknown section: it costs nothing else
            } else {
                item.problem(finding.problem());
            }
        }
        JsonNode sourceIdNode = root.path("source").path("id");
        String sourceId = sourceIdNode.isTextual() ? sourceIdNode.asText() : null;
        String sourceText = sourceIdNode.asText(); // as a local reply_to is resolved, whatever the id's type
        for (Item item : items) {
            JsonNode n = node(root, item);
            describe(item, n, sourceId, sourceText);
            local(item, tree, n, root);
        }
        return new FileItems(locations, items, fileProblems);
    }

    /** The item's value in its file's tree (without parsing a pointer). */
    static JsonNode node(JsonNode root, Item item) {
        return item.index < 0 ? root.path(item.section) : root.path(item.section).path(item.index);
    }

    /** The item a pointer falls in: {@code /claims/3/quantity/unit} is in {@code /claims/3}. */
    private static Item itemAt(List<Item> items, Map<String, Integer> bySection, Item source, JsonNode root,
            String pointer) {
        if (pointer == null) return null;
        String[] segs = pointer.split("/", 4);
        if (segs.length < 2) return null;
        if (segs[1].equals("source")) return source;
        Integer first = bySection.get(segs[1]);
        if (segs.length < 3 || first == null) return null;
        int index;
        try {
            index = Integer.parseInt(segs[2]);
        } catch (NumberFormatException e) {
            return null;
        }
        return index >= 0 && index < root.path(segs[1]).size() ? items.get(first + index) : null;
    }

    private Outcome run() {
        duplicates();
        unknownReferences();
        propagate();
        cycles();
        units();
        var problems = new ArrayList<>(fileProblems);
        var skipped = new ArrayList<SkippedFile>();
        for (Item item : items) {
            problems.addAll(item.problems());
            if (!item.live()) {
                String reason = item.skipped != null && item.problems().isEmpty() ? item.skipped
                        : count(item.problems().size());
                skipped.add(new SkippedFile(item.file.path, item.line(), item.label(), reason));
            }
        }
        return new Outcome(problems, skipped);
    }

    static String count(int n) {
        return n + " problem" + (n == 1 ? "" : "s");
    }

    // ---------------------------------------------------------------- what each item defines and names

    /** Pointer suffixes of list members, made once: a million claims name the same few. */
    private static final class Suffixes {
        private static final int CACHED = 32;
        private final String[] cached = new String[CACHED];
        private final String head;
        private final String tail;

        Suffixes(String head, String tail) {
            this.head = head;
            this.tail = tail;
            for (int j = 0; j < CACHED; j++) cached[j] = head + j + tail;
        }

        String of(int j) {
            return j < CACHED ? cached[j] : head + j + tail;
        }
    }

    private static final Suffixes INTEREST_ENTITY = new Suffixes("/interests/", "/entity");
    private static final Suffixes INTEREST_SOURCE = new Suffixes("/interests/", "/source");
    private static final Suffixes SOURCE_SPEAKERS = new Suffixes("/speakers/", "");
    private static final Suffixes FAVORS = new Suffixes("/favors/", "");
    private static final Suffixes HARMS = new Suffixes("/harms/", "");
    private static final Suffixes STANCES = new Suffixes("/stance/", "/proposition");

    private static void describe(Item item, JsonNode n, String sourceId, String sourceText) {
        switch (item.section) {
            case "speakers" -> {
                def(item, Kind.SPEAKER, n, "id");
                JsonNode interests = n.path("interests");
                for (int j = 0; j < interests.size(); j++) {
                    ref(item, Kind.ENTITY, interests.path(j).path("entity"), INTEREST_ENTITY.of(j));
                    ref(item, Kind.SOURCE, interests.path(j).path("source"), INTEREST_SOURCE.of(j));
                }
                ref(item, Kind.CLAIM, n.path("regime_basis"), "/regime_basis");
            }
            case "entities" -> {
                def(item, Kind.ENTITY, n, "id");
                ref(item, Kind.ENTITY, n.path("part_of"), "/part_of");
                if (n.path("part_of").isTextual()) item.partOf = n.path("part_of").asText();
            }
            case "propositions" -> def(item, Kind.PROPOSITION, n, "id");
            case "source" -> {
                def(item, Kind.SOURCE, n, "id");
                ref(item, Kind.SPEAKER, n.path("author"), "/author");
                for (int j = 0; j < n.path("speakers").size(); j++) {
                    ref(item, Kind.SPEAKER, n.path("speakers").path(j), SOURCE_SPEAKERS.of(j));
                }
            }
            case "claims" -> {
                JsonNode id = n.path("id");
                if (id.isTextual()) {
                    item.shownId = sourceId == null ? id.asText() : sourceId + "/" + id.asText();
                    if (sourceId != null) item.defs.add(new Def(Kind.CLAIM, item.shownId, "/id"));
                }
                item.kind = n.path("kind").asText().intern();
                ref(item, Kind.SPEAKER, n.path("speaker"), "/speaker");
                ref(item, Kind.CLAIM, n.path("about"), "/about");
                JsonNode replyTo = n.path("reply_to");
                if (replyTo.isTextual()) {
                    item.refs.add(new Ref(Kind.CLAIM, RecordMapper.globalReplyTo(replyTo.asText(), sourceText),
                            "/reply_to", replyTo.asText()));
                }
                for (int j = 0; j < n.path("favors").size(); j++) {
                    ref(item, Kind.ENTITY, n.path("favors").path(j), FAVORS.of(j));
                }
                for (int j = 0; j < n.path("harms").size(); j++) {
                    ref(item, Kind.ENTITY, n.path("harms").path(j), HARMS.of(j));
                }
                JsonNode stance = n.path("stance");
                if (stance.isObject()) {
                    ref(item, Kind.PROPOSITION, stance.path("proposition"), "/stance/proposition");
                }
                for (int j = 0; stance.isArray() && j < stance.size(); j++) {
                    ref(item, Kind.PROPOSITION, stance.path(j).path("proposition"), STANCES.of(j));
                }
                JsonNode q = n.path("quantity");
                if (q.path("metric").isTextual() && q.path("unit").isTextual()) {
                    item.metric = q.path("metric").asText();
                    item.unit = q.path("unit").asText();
                }
            }
            case "resolutions" -> {
                ref(item, Kind.CLAIM, n.path("claim"), "/claim");
                if (n.path("claim").isTextual()) item.shownId = n.path("claim").asText();
            }
            default -> throw new IllegalStateException("no such section: " + item.section);
        }
    }

    private static void def(Item item, Kind kind, JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (v.isTextual()) {
            item.shownId = v.asText();
            item.defs.add(new Def(kind, item.shownId, "/" + field));
        }
    }

    private static void ref(Item item, Kind kind, JsonNode v, String suffix) {
        if (v.isTextual()) item.refs.add(new Ref(kind, v.asText(), suffix, v.asText()));
    }

    // ---------------------------------------------------------------- checks within one item

    /** What is wrong with an item whatever the rest of the KB holds. */
    private static void local(Item item, LocatedTree f, JsonNode n, JsonNode root) {
        switch (item.section) {
            case "source", "resolutions" -> date(item, n.path("date"), "/date");
            case "claims" -> claim(item, f, n, root);
            default -> { }
        }
    }

    /** What a {@code kind: question} must not carry (fact-files v2, "Questions"). */
    private static final List<String> QUESTION_ARGUES_NOTHING =
            List.of("stance", "quantity", "favors", "harms", "due", "probability");

    private static void claim(Item item, LocatedTree f, JsonNode c, JsonNode root) {
        String p = item.pointer();
        JsonNode source = root.path("source");
        String id = c.path("id").asText();
        if (source.isObject()) {
            JsonNode speakers = source.path("speakers");
            String speaker = c.path("speaker").isTextual() ? c.path("speaker").asText() : null;
            if (speaker != null && !listed(speakers, speaker)) {
                Set<String> listed = new HashSet<>();
                speakers.forEach(s -> listed.add(s.asText()));
                item.problem(f.problemAtValue(p + "/speaker", "speaker " + Quote.of(speaker)
                        + " is not listed in the source's speakers " + Quote.elide(listed.stream().sorted().toList().toString())));
            }
        }
        String kind = c.path("kind").asText();
        if (c.has("due") && !"prediction".equals(kind)) {
            item.problem(f.problemAtKey(p + "/due", "'due' is only for predictions; this claim is "
                    + (kind.isEmpty() ? "of no kind" : "a " + Quote.elide(kind))));
        }
        if ("question".equals(kind)) {
            for (String field : QUESTION_ARGUES_NOTHING) {
                if (c.has(field)) {
                    item.problem(f.problemAtKey(p + "/" + field, "a question argues nothing, so it takes no '"
                            + field + "'; put it on the answer instead"));
                }
            }
        }
        String sourceId = source.path("id").asText();
        if (c.path("reply_to").isTextual()
                && RecordMapper.globalReplyTo(c.path("reply_to").asText(), sourceId).equals(sourceId + "/" + id)) {
            item.problem(f.problemAtValue(p + "/reply_to", "a claim cannot reply to itself"));
        }
        if (c.has("assessment") && !c.has("about")) {
            item.problem(f.problemAtKey(p + "/assessment", "'assessment' needs 'about': the claim it judges"));
        }
        if (c.path("about").isValueNode() && (sourceId + "/" + id).equals(c.path("about").asText())) {
            item.problem(f.problemAtValue(p + "/about", "a claim cannot comment on itself"));
        }
        date(item, c.path("when"), "/when");
        date(item, c.path("due"), "/due");
        JsonNode value = c.path("quantity").path("value");
        if (value.isObject() && value.path("min").isNumber() && value.path("max").isNumber()
                && value.path("min").asDouble() > value.path("max").asDouble()) {
            item.problem(f.problemAtValue(p + "/quantity/value", "range min " + value.path("min").asText()
                    + " is above max " + value.path("max").asText()));
        }
    }

    private static boolean listed(JsonNode speakers, String speaker) {
        for (JsonNode s : speakers) {
            if (s.asText().equals(speaker)) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern DATE_FORM = java.util.regex.Pattern.compile("\\d{4}(-\\d{1,2}(-\\d{1,2})?)?");

    private static void date(Item item, JsonNode v, String suffix) {
        if (v.isMissingNode() || !(v.isTextual() || v.isIntegralNumber())) return;
        // Well-formed but impossible dates (2025-13-01, 2025-02-30); the schema has the form.
        if (DATE_FORM.matcher(v.asText()).matches() && PartialDate.parse(v.asText()).isEmpty()) {
            item.problem(item.problemAt(suffix, Quote.of(v.asText()) + " is not a real date"));
        }
    }

    // ---------------------------------------------------------------- across items

    /** Who keeps each id: sources first, since a claim's id is its source's id plus its own. */
    private void duplicates() {
        Map<Kind, List<Item>> definers = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) definers.put(kind, new ArrayList<>());
        for (Item item : items) {
            for (Def d : item.defs) definers.get(d.kind).add(item);
        }
        for (Kind kind : Kind.values()) {
            Map<String, List<Item>> all = defined.get(kind);
            for (Item item : definers.get(kind)) {
                if (kind == Kind.CLAIM && !ownsItsSource(item)) continue; // its source is someone else's
                for (Def d : item.defs) {
                    if (d.kind == kind) all.computeIfAbsent(d.id, k -> new ArrayList<>(1)).add(item);
                }
            }
            for (var e : all.entrySet()) {
                keep(kind, e.getKey(), e.getValue());
            }
            if (kind == Kind.SOURCE) {
                for (Item source : definers.get(kind)) {
                    source.ownsId = owner.get(Kind.SOURCE).get(source.defs.get(0).id) == source;
                }
            }
        }
    }

    /** The definition the KB keeps of one id, and a problem at every other. */
    private void keep(Kind kind, String id, List<Item> all) {
        Item keep = all.get(0);
        for (Item i : all) {
            if (i.problems().isEmpty()) {
                keep = i;
                break;
            }
        }
        owner.get(kind).put(id, keep);
        if (all.size() == 1) return;
        Def kept = defOf(keep, kind, id);
        for (Item other : all) {
            if (other == keep) continue;
            Def d = defOf(other, kind, id);
            String where = keep.olderThan(other) ? "first defined at " : "the KB keeps the one at ";
            String message = kind == Kind.CLAIM && other.file == keep.file
                    ? "duplicate claim id " + Quote.of(localId(other, d)) + " in this file ("
                            + (keep.olderThan(other) ? "first at line " : "the KB keeps the one at line ")
                            + keep.problemAt(kept.suffix, "").line() + ")"
                    : "duplicate " + kind.label + " id " + Quote.of(d.id) + " (" + where + keep.at(kept.suffix) + ")";
            other.problem(other.problemAt(d.suffix, message));
        }
    }

    /** A claim's id as its file writes it: its global id less its source's. */
    private static String localId(Item claim, Def d) {
        return d.id.substring(claim.source.defs.get(0).id.length() + 1);
    }

    private static boolean ownsItsSource(Item claim) {
        Item source = claim.source;
        return source != null && !source.defs.isEmpty() && source.ownsId;
    }

    private static Def defOf(Item item, Kind kind, String id) {
        for (Def d : item.defs) {
            if (d.kind == kind && d.id.equals(id)) return d;
        }
        throw new IllegalStateException("no definition of " + kind + " " + id + " in " + item.pointer());
    }

    /**
     * A reference to an id no item defines is a problem of the referring item; reply_to must name a
     * question. Each reference's target is kept for the skipping that follows.
     */
    private void unknownReferences() {
        for (Item item : items) {
            if (item.refs.isEmpty()) continue;
            item.targets = new Item[item.refs.size()];
            for (int k = 0; k < item.refs.size(); k++) {
                Ref r = item.refs.get(k);
                Item target = owner.get(r.kind).get(r.id);
                item.targets[k] = target;
                if (target == null) {
                    Set<String> ids = defined.get(r.kind).keySet();
                    item.problem(item.problemAt(r.suffix, "unknown " + r.kind.label + " " + Quote.of(r.id)
                            + Suggestions.hint(r.id, ids)));
                } else if (r.suffix.equals("/reply_to")) {
                    if (!"question".equals(target.kind) && target != item) {
                        item.problem(item.problemAt(r.suffix, "'reply_to' must name a question; "
                                + Quote.of(r.raw) + " is of kind " + Quote.of(target.kind)));
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
            Item source = item.source;
            if (source == null) {
                return "its file has no 'source' section";
            }
            if (!source.live()) {
                return "depends on " + source.label() + ", which is skipped (" + source.file.path + ":" + source.line() + ")";
            }
            if (!ownsItsSource(item)) {
                return "depends on " + source.label() + ", which is skipped";
            }
        }
        for (int k = 0; k < item.refs.size(); k++) {
            Item target = item.targets[k];
            if (target != null && target != item && !target.live()) {
                Ref r = item.refs.get(k);
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
                    at = at.partOf != null ? entities.get(at.partOf) : null;
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
                newest.problem(newest.problemAt("/part_of", "'part_of' forms a cycle: " + Quote.elide(path.toString())));
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
        // Items are in age order (files oldest first, each in document order), so claims are too.
        for (Item item : items) {
            if (item.metric == null) continue;
            byMetric.computeIfAbsent(item.metric, k -> new ArrayList<>())
                    .add(new Use(item, item.unit, Units.of(item.unit).dimension()));
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
                u.item.problem(u.item.problemAt("/quantity/unit", "unit " + Quote.of(u.unit) + " of metric "
                        + Quote.of(e.getKey()) + " cannot be converted to " + Quote.of(reference.unit)
                        + " used for it at " + reference.item.at("/quantity/unit") + " ("
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
