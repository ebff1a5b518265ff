/**
 * The validated knowledge base as immutable records: speakers and their interests, entities,
 * propositions, sources, claims (with quantities and stances) and resolutions.
 *
 * <p>Nothing here reads files or scores anything; {@code factfile} builds these records, and
 * everything downstream (rules, index, reports) only reads them.
 */
package org.claimskb.model;
