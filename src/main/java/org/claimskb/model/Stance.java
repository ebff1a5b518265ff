package org.claimskb.model;

/** A claim arguing for or against a proposition. */
public record Stance(String proposition, Position position) {}
