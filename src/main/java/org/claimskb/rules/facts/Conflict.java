package org.claimskb.rules.facts;

import org.claimskb.scoring.ContradictionKind;

/**
 * Found by a rule in {@code contradiction.drl}: {@code claim} conflicts with {@code other}.
 * Inserted once in each direction so the effect rules join on {@code claim}.
 */
public record Conflict(String claim, String other, ContradictionKind kind, String detail) {}
