/**
 * The facts the DRL rules reason over, built from the knowledge base by
 * {@link org.claimskb.rules.facts.FactBuilder}: one {@link org.claimskb.rules.facts.ClaimFact}
 * per claim with the context the rules need (speaker regime, source kind, event), and small
 * records that make every join between claims an equality on one key (proposition id, a
 * {@code subject|metric|scope|dimension} key, claim id, speaker id), which Drools indexes.
 *
 * <p>Facts fall in three groups: inserted from the knowledge base ({@code ClaimFact},
 * {@code StanceFact}, {@code QuantityFact}, {@code Affects}, {@code SpeakerFact},
 * {@code SpeakerInterest}, {@code ResolutionFact}, {@code AsOf}); inserted by detection rules
 * ({@code Stake}, {@code Conflict}, {@code Support}, {@code TrackRecord}); and inserted by the
 * engine between the two rule stages ({@code BaseScore}).
 */
package org.claimskb.rules.facts;
