/**
 * Units of measure for claim quantities: which units can be compared, and the factor that
 * converts each to its dimension's base unit (lb to kg, MW to W, USD-B to USD, ...).
 *
 * <p>A small, tested table rather than a units library: claims use a few dozen units, money
 * multipliers (K/M/B/T) and percent, which general units libraries do not model. An unknown
 * unit is a dimension of its own, comparable only with the same spelling.
 */
package org.claimskb.units;
