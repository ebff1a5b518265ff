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

    /** Maps the items of {@code tree} whose pointers are in {@code live} ({@code /claims/3}, {@code /source}, ...). */
    static void map(LocatedTree tree, java.util.Set<String> live, Sections into) {
        JsonNode root = tree.root;
        each(tree, "speakers", live, s -> into.speakers.add(speaker(s)));
        each(tree, "entities", live, e -> into.entities.add(new Entity(text(e, "id"), text(e, "name"),
                strings(e.path("aliases")), e.has("kind") ? wire(EntityKind.class, e, "kind") : EntityKind.OTHER,
                text(e, "part_of"))));
        each(tree, "propositions", live, p -> into.propositions.add(new Proposition(text(p, "id"),
                text(p, "statement"), strings(p.path("topics")))));
        JsonNode source = root.path("source");
        if (source.isObject() && live.contains("/source")) {
            Source s = source(source, tree.path);
            into.sources.add(s);
            JsonNode claims = root.path("claims");
            for (int i = 0; i < claims.size(); i++) {
                if (!live.contains("/claims/" + i)) continue;
                int line = tree.problemAtValue("/claims/" + i, "").line();
                into.claims.add(claim(claims.get(i), s.id(), line));
            }
        }
        each(tree, "resolutions", live, r -> into.resolutions.add(new Resolution(text(r, "claim"),
                outcome(r.path("outcome")), r.has("date") ? PartialDate.parse(r.path("date").asText()).orElseThrow().end() : null,
                text(r, "evidence"), tree.path)));
    }

    private static void each(LocatedTree tree, String section, java.util.Set<String> live, Consumer<JsonNode> action) {
        JsonNode list = tree.root.path(section);
        for (int i = 0; i < list.size(); i++) {
            if (live.contains("/" + section + "/" + i)) {
                action.accept(list.get(i));
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

    private static Claim claim(JsonNode c, String sourceId, int line) {
        var stances = new ArrayList<Stance>();
        JsonNode stance = c.path("stance");
        for (JsonNode st : stance.isObject() ? List.of(stance) : iterable(stance)) {
            stances.add(new Stance(text(st, "proposition"), wire(Position.class, st, "position")));
        }
        return new Claim(sourceId + "/" + text(c, "id"), sourceId, text(c, "speaker"), text(c, "at"),
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
