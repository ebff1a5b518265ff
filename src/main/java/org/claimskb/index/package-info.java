/**
 * The derived state of a KB root, kept under {@code .claims-index/}: a Lucene index of the
 * claims (with their credibility and flags) and the rules' analysis, in one generation folder
 * per content hash of fact files, rules and as-of date.
 *
 * <p>A generation is built aside and moved into place in one atomic rename, so a crash while
 * indexing leaves the last good generation usable; an unchanged KB never re-runs the rules.
 * Search reads only this package's files: no fact-file parsing, no rules engine.
 *
 * <p>Nothing in a generation holds everything: each claim's document holds the claim and its
 * score, {@link org.claimskb.index.AnalysisStore} keeps the analysis one file per kind (groups one
 * per line, located from their claims' documents), and {@code registry.json} the KB without its
 * claims, so that a command about one claim or one speaker reads that much at a million claims.
 * Beside the generations: {@code inputs.tsv} (each input's stamp and hash, for the freshness
 * check), {@code rules-cache/} (compiled rules) and {@code parsed/} (each sound fact file's
 * parsed items by content, the factfile package's cache, so a rebuild parses only what changed).
 * A build reports its stages and their counts to a {@link org.claimskb.index.BuildProgress}.
 * This package never imports the rules engine ({@link org.claimskb.index.Analyzer} is plugged in)
 * nor the command line, web or report packages.
 */
package org.claimskb.index;
