package org.claimskb.scoring;

/**
 * A claim as a disagreement or revision shows it: enough to read without {@code claims show}.
 *
 * @param base the claim's base credibility (before any disagreement effect), which is what it
 *             weighs in a side total
 */
public record ClaimRef(String id, String speaker, String text, String value, double base) {}
