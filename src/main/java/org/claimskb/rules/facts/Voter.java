package org.claimskb.rules.facts;

/**
 * A claim that has a vote in at least one disagreement group, inserted once per such claim by
 * the engine between the stages: the relations rules start from these rather than from every
 * claim, so claims that take part in no group cost them nothing.
 */
public record Voter(String id) {}
