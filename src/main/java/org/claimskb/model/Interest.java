package org.claimskb.model;

/**
 * What a speaker gains if an entity does well.
 *
 * @param entity the entity id
 * @param basis  free text: where the interest is known from
 * @param source optional source id that states it
 */
public record Interest(String entity, InterestKind kind, String basis, String source) {}
