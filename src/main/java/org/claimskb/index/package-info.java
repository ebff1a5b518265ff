/**
 * The derived state of a KB root, kept under {@code .claims-index/}: a Lucene index of the
 * claims (with their credibility and flags) and the rules' analysis, in one generation folder
 * per content hash of fact files, rules and as-of date.
 *
 * <p>A generation is built aside and moved into place in one atomic rename, so a crash while
 * indexing leaves the last good generation usable; an unchanged KB never re-runs the rules.
 * Search reads only this package's files: no fact-file parsing, no rules engine.
 */
package org.claimskb.index;
