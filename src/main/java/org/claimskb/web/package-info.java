/**
 * {@code claims serve}: the analyst's desk, a local web app (Javalin on Jetty) for searching,
 * reading, reviewing drafts and resolving predictions. Pages are server-rendered by the jte
 * templates under {@code src/main/jte/web} (escaping by default); htmx, served from its Maven
 * Central webjar inside the jar, adds partial updates, and every page works without it where it
 * can. Nothing is loaded from the network.
 *
 * <p>The desk answers from the same derived state as the commands ({@link org.claimskb.index.DerivedState}),
 * swapped for a new one when fact files or rules change on disk ({@link org.claimskb.web.LiveState}).
 * Writes go through the code the commands use: {@link org.claimskb.factfile.ClaimEditor} for
 * surgical edits of drafts, {@link org.claimskb.factfile.ResolutionWriter} for outcomes, both
 * re-validated with the real loader and written atomically.
 *
 * <p>Owns: routes, view models, the per-process write token. Never imports {@code org.claimskb.cli}
 * (the command line starts the desk, not the other way round) nor the rules engine (the analyzer
 * is handed in).
 */
package org.claimskb.web;
