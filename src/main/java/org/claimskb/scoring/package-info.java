/**
 * What the rules conclude, as immutable records: findings about claims, per-claim credibility
 * with its breakdown, disagreements (a sealed {@link org.claimskb.scoring.Disagreement}: stance or
 * numeric, with their {@link org.claimskb.scoring.Side}s), self-contradictions, revisions,
 * verdicts per proposition and year, and report cards per speaker, gathered in one
 * {@link org.claimskb.scoring.Analysis}.
 *
 * <p>Also the pure arithmetic the rules and aggregations share, with the numbers of the rules'
 * table ({@link org.claimskb.scoring.Parameters}, from {@code rules/parameters.yaml}):
 * {@link org.claimskb.scoring.NumericAgreement} (the tolerance), {@link org.claimskb.scoring.VerdictMath}
 * (verdict weights, shrinkage, bands) and {@link org.claimskb.scoring.Grading} (report-card grades).
 *
 * <p>The index stores an analysis next to the search index, so that search, show and the
 * reports read it without starting the rules engine: in parts, with the scores kept beside each
 * claim and read on demand ({@link org.claimskb.scoring.StoredScores}).
 */
package org.claimskb.scoring;
