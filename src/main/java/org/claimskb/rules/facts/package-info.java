/**
 * The facts the DRL rules reason over, built from the knowledge base by
 * {@link org.claimskb.rules.facts.FactBuilder}: one {@link org.claimskb.rules.facts.ClaimFact}
 * per claim with the context the rules need (speaker regime, source kind, event), and small
 * records that make every join between claims an equality on one key (a disagreement group id,
 * claim id, speaker id, entity id), which Drools indexes. No fact pairs two claims.
 *
 * <p>Facts fall in four groups: inserted from the knowledge base ({@code ClaimFact},
 * {@code Affects}, {@code SpeakerFact}, {@code SpeakerInterest}, {@code ResolutionFact},
 * {@code AsOf}); inserted by detection rules ({@code Stake}, {@code TrackRecord}); inserted by the
 * engine between the two rule stages ({@code Vote} and {@code GroupSide} per disagreement group,
 * {@code BaseScore} per commentator); and inserted by the relations stage ({@code SideTotal}, one
 * per side of each group, whose {@code Share}s the effect rules sum). This package must not
 * import {@code index}, {@code report}, {@code cli} or {@code ingest}.
 */
package org.claimskb.rules.facts;
