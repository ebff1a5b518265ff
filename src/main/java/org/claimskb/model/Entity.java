package org.claimskb.model;

import java.util.List;

/**
 * A company, product, technology, person or country that claims are about.
 *
 * @param aliases names in any language; search finds the entity's claims by any of them
 * @param partOf  optional parent entity id: an interest in the parent covers this entity
 */
public record Entity(String id, String name, List<String> aliases, EntityKind kind, String partOf) {
    public Entity {
        aliases = List.copyOf(aliases);
    }
}
