package org.claimskb.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything the valid fact files say, with lookups by id. Lists keep the order of the files
 * (sorted by path) so that every output derived from them is deterministic. Immutable.
 */
public final class KnowledgeBase {
    private final List<Speaker> speakers;
    private final List<Entity> entities;
    private final List<Proposition> propositions;
    private final List<Source> sources;
    private final List<Claim> claims;
    private final List<Resolution> resolutions;

    private final Map<String, Speaker> speakersById;
    private final Map<String, Entity> entitiesById;
    private final Map<String, Proposition> propositionsById;
    private final Map<String, Source> sourcesById;
    private final Map<String, Claim> claimsById;

    public KnowledgeBase(List<Speaker> speakers, List<Entity> entities, List<Proposition> propositions,
                         List<Source> sources, List<Claim> claims, List<Resolution> resolutions) {
        this.speakers = List.copyOf(speakers);
        this.entities = List.copyOf(entities);
        this.propositions = List.copyOf(propositions);
        this.sources = List.copyOf(sources);
        this.claims = List.copyOf(claims);
        this.resolutions = List.copyOf(resolutions);
        this.speakersById = byId(this.speakers, Speaker::id);
        this.entitiesById = byId(this.entities, Entity::id);
        this.propositionsById = byId(this.propositions, Proposition::id);
        this.sourcesById = byId(this.sources, Source::id);
        this.claimsById = byId(this.claims, Claim::id);
    }

    public static KnowledgeBase empty() {
        return new KnowledgeBase(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public List<Speaker> speakers() { return speakers; }
    public List<Entity> entities() { return entities; }
    public List<Proposition> propositions() { return propositions; }
    public List<Source> sources() { return sources; }
    public List<Claim> claims() { return claims; }
    public List<Resolution> resolutions() { return resolutions; }

    public Optional<Speaker> speaker(String id) { return Optional.ofNullable(speakersById.get(id)); }
    public Optional<Entity> entity(String id) { return Optional.ofNullable(entitiesById.get(id)); }
    public Optional<Proposition> proposition(String id) { return Optional.ofNullable(propositionsById.get(id)); }
    public Optional<Source> source(String id) { return Optional.ofNullable(sourcesById.get(id)); }
    public Optional<Claim> claim(String id) { return Optional.ofNullable(claimsById.get(id)); }

    /** The entity and every entity it is {@code part_of}, nearest first; stops at cycles. */
    public List<Entity> withAncestors(String entityId) {
        var chain = new ArrayList<Entity>();
        var seen = new HashSet<String>();
        for (String id = entityId; id != null && seen.add(id); ) {
            Entity e = entitiesById.get(id);
            if (e == null) {
                break;
            }
            chain.add(e);
            id = e.partOf();
        }
        return chain;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        var map = new LinkedHashMap<String, T>();
        for (T t : items) {
            map.putIfAbsent(id.apply(t), t);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
