package org.claimskb.factfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
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
import org.claimskb.model.Speaker;
import org.claimskb.model.SourceKind;
import org.claimskb.model.Stance;
import org.claimskb.model.Wire;

/**
 * Turns a tree that passed every check into model records. It trusts the checks: a value it
 * reads here is present and of the right type wherever the schema says so.
 */
final class RecordMapper {
    private RecordMapper() {}

    record Sections(List<Speaker> speakers, List<Entity> entities, List<Proposition> propositions,
                    List<Source> sources, List<Claim> claims, List<Resolution> resolutions) {}

    /**
     * Maps each item of a file that is sound on its own (no problem found within its file) to
     * its model record, kept on the item: the checks across files can only skip items, never
     * change one, so a record is ready for whichever items load. A claim maps only with its
     * source.
     */
    static void mapItems(LocatedTree tree, CrossFileCheck.FileItems file) {
        for (CrossFileCheck.Item item : file.items()) {
            if (!item.problems().isEmpty()) continue;
            JsonNode n = CrossFileCheck.node(tree.root, item);
            item.record = switch (item.section) {
                case "speakers" -> speaker(n);
                case "entities" -> new Entity(text(n, "id"), text(n, "name"), strings(n.path("aliases")),
                        n.has("kind") ? wire(EntityKind.class, n, "kind") : EntityKind.OTHER, text(n, "part_of"));
                case "propositions" -> new Proposition(text(n, "id"), text(n, "statement"), strings(n.path("topics")));
                case "source" -> source(n, tree.path);
                case "claims" -> item.source != null && item.source.record instanceof Source s
                        ? claim(n, s.id(), item.line(), item.defs.isEmpty() ? null : item.shownId) : null;
                case "resolutions" -> new Resolution(text(n, "claim"), outcome(n.path("outcome")),
                        n.has("date") ? PartialDate.parse(n.path("date").asText()).orElseThrow().end() : null,
                        text(n, "evidence"), tree.path);
                default -> throw new IllegalStateException("no such section: " + item.section);
            };
        }
    }

    /** Adds the records of a file's items that load, each section in document order. */
    static void collect(CrossFileCheck.FileItems file, Sections into) {
        for (CrossFileCheck.Item item : file.items()) {
            if (!item.live()) continue;
            switch (item.record) {
                case Speaker s -> into.speakers.add(s);
                case Entity e -> into.entities.add(e);
                case Proposition p -> into.propositions.add(p);
                case Source s -> into.sources.add(s);
                case Claim c -> into.claims.add(c);
                case Resolution r -> into.resolutions.add(r);
                case null, default -> throw new IllegalStateException(
                        "an item that loads has no record: " + file.file().path + " " + item.pointer());
            }
        }
    }

    private static Speaker speaker(JsonNode s) {
        var interests = new ArrayList<Interest>();
        each(s.path("interests"), i -> interests.add(new Interest(text(i, "entity"),
                wire(InterestKind.class, i, "kind"), text(i, "basis"), text(i, "source"), text(i, "evidence"))));
        Regime regime = s.has("regime") ? wire(Regime.class, s, "regime") : Regime.UNKNOWN;
        return new Speaker(text(s, "id"), text(s, "name"), text(s, "role"), regime, text(s, "regime_basis"), interests,
                strings(s.path("aliases")));
    }

    private static Source source(JsonNode s, String path) {
        return new Source(text(s, "id"), text(s, "title"), wire(SourceKind.class, s, "kind"), text(s, "event"),
                text(s, "venue"), text(s, "url"), date(s, "date"), text(s, "language"), text(s, "reported_by"),
                text(s, "file"), strings(s.path("speakers")), path, text(s, "author"));
    }

    /** @param globalId the claim's global id when already made (the checks make it), else null */
    private static Claim claim(JsonNode c, String sourceId, int line, String globalId) {
        var stances = new ArrayList<Stance>();
        JsonNode stance = c.path("stance");
        for (JsonNode st : stance.isObject() ? List.of(stance) : iterable(stance)) {
            stances.add(new Stance(text(st, "proposition"), wire(Position.class, st, "position")));
        }
        return new Claim(globalId != null ? globalId : sourceId + "/" + text(c, "id"), sourceId, text(c, "speaker"), text(c, "at"),
                wire(ClaimKind.class, c, "kind"), text(c, "text"), text(c, "quote"), strings(c.path("topics")),
                quantity(c.path("quantity")), stances, date(c, "when"), strings(c.path("favors")),
                strings(c.path("harms")), date(c, "due"),
                c.has("probability") ? c.path("probability").asDouble() : null, text(c, "about"),
                c.has("assessment") ? wire(Assessment.class, c, "assessment") : null,
                c.has("status") ? wire(ClaimStatus.class, c, "status") : ClaimStatus.REVIEWED,
                globalReplyTo(text(c, "reply_to"), sourceId), line);
    }

    /** {@code reply_to} names a claim of the same file by its local id, or any claim by its global id. */
    static String globalReplyTo(String replyTo, String sourceId) {
        if (replyTo == null) {
            return null;
        }
        return replyTo.contains("/") ? replyTo : sourceId + "/" + replyTo;
    }

    private static Quantity quantity(JsonNode q) {
        if (!q.isObject()) {
            return null;
        }
        JsonNode v = q.path("value");
        double min = v.isObject() ? v.path("min").asDouble() : v.asDouble();
        double max = v.isObject() ? v.path("max").asDouble() : v.asDouble();
        return new Quantity(text(q, "subject"), text(q, "metric"), min, max, text(q, "unit"), text(q, "scope"));
    }

    private static Outcome outcome(JsonNode v) {
        return Wire.parse(Outcome.class, v.asText()).orElseThrow();
    }

    private static PartialDate date(JsonNode n, String field) {
        return n.has(field) ? PartialDate.parse(n.path(field).asText()).orElseThrow() : null;
    }

    private static <E extends Enum<E> & Wire> E wire(Class<E> type, JsonNode n, String field) {
        return Wire.parse(type, n.path(field).asText()).orElseThrow();
    }

    /** Scalar text, or null when absent; numbers keep their written form. */
    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() ? v.asText() : null;
    }

    private static List<String> strings(JsonNode list) {
        var out = new ArrayList<String>();
        list.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static void each(JsonNode list, Consumer<JsonNode> action) {
        list.forEach(action);
    }

    private static List<JsonNode> iterable(JsonNode list) {
        var out = new ArrayList<JsonNode>();
        list.forEach(out::add);
        return out;
    }
}
