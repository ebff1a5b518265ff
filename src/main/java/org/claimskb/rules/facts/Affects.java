package org.claimskb.rules.facts;

/**
 * A claim favors or harms an entity, directly or through {@code part_of}: a claim favoring
 * {@code google-tpu} yields one {@code Affects} for {@code google-tpu} and one for
 * {@code google}, each remembering the entity the claim named ({@code via}).
 *
 * @param entity the entity reached (the named one or one of its ancestors)
 * @param via    the entity the claim itself names
 */
public record Affects(String claim, Direction direction, String entity, String via) {
    /** {@code nvidia} or {@code nvidia (through nvidia-blackwell)}. */
    public String describe() {
        return entity.equals(via) ? entity : entity + " (through " + via + ")";
    }
}
