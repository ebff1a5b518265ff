/**
 * What the rules conclude, as immutable records: findings about claims, per-claim credibility
 * with its breakdown, contradictions, verdicts per proposition and report cards per speaker,
 * gathered in one {@link org.claimskb.scoring.Analysis}.
 *
 * <p>The index stores an analysis next to the search index, so that search, show and the
 * reports read it without starting the rules engine.
 */
package org.claimskb.scoring;
