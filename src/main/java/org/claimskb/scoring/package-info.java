/**
 * What the rules conclude, as immutable records: findings about claims, per-claim credibility
 * with its breakdown, contradictions, verdicts per proposition and report cards per speaker,
 * gathered in one {@link org.claimskb.scoring.Analysis}.
 *
 * <p>Also the pure arithmetic the rules and aggregations share: {@link org.claimskb.scoring.TimeFrames}
 * (when two claims are about the same time), {@link org.claimskb.scoring.NumericAgreement} (the
 * 10% tolerance), {@link org.claimskb.scoring.VerdictMath} (verdict weights, shrinkage, bands) and
 * {@link org.claimskb.scoring.Grading} (report-card grades).
 *
 * <p>The index stores an analysis next to the search index, so that search, show and the
 * reports read it without starting the rules engine.
 */
package org.claimskb.scoring;
