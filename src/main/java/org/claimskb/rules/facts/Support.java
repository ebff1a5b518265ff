package org.claimskb.rules.facts;

/**
 * Found by a rule in {@code corroboration.drl}: {@code other}, from another speaker's independent
 * event, agrees with {@code claim}.
 *
 * @param sameInterest the two speakers have an interest in a common entity, so they count less
 * @param how          what they agree on, for the detail
 */
public record Support(String claim, String other, boolean sameInterest, String how) {}
