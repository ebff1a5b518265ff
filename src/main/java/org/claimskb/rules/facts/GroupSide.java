package org.claimskb.rules.facts;

/** One side of one disagreement group, inserted by the engine so that the rules total each side once. */
public record GroupSide(String group, String side) {}
