/**
 * The bounded-distrust rules engine: compiles the KB's {@code rules/*.drl} with Drools at run
 * time (cached by a SHA-256 of the DRL, in memory and as serialized packages under
 * {@code .claims-index/rules-cache/}), inserts the knowledge base as facts
 * ({@code org.claimskb.rules.facts}), fires the rules in two stages (evidence, then relations
 * weighed by base credibility) with a firing cap against loops, and gathers the results into an
 * {@link org.claimskb.scoring.Analysis}: claim scores, contradictions, verdicts and report cards.
 *
 * <p>Entry point: {@link org.claimskb.rules.RulesEngine#analyze(java.nio.file.Path,
 * org.claimskb.model.KnowledgeBase, java.time.LocalDate)}. Problems with the rules surface as
 * {@link org.claimskb.rules.RuleErrors}, each naming {@code rules/file.drl:line}. Weights live
 * only in the DRL ({@code @weight}, beside {@code @reason}); see docs/RULES.md.
 */
package org.claimskb.rules;
