package org.claimskb.model;

/**
 * What a speaker gains if an entity does well.
 *
 * @param entity the entity id
 * @param basis  free text: where the interest is known from
 * @param source optional source id that states it
 * @param evidence (v2) optional URL of the public record that states it
 */
public record Interest(String entity, InterestKind kind, String basis, String source, String evidence) {
    /** An interest known from a KB source (or from its basis alone). */
    public Interest(String entity, InterestKind kind, String basis, String source) {
        this(entity, kind, basis, source, null);
    }
}
