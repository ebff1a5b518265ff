package org.claimskb.units;

/**
 * A unit: its dimension (what it measures) and the factor to that dimension's base unit.
 *
 * @param symbol    the canonical spelling
 * @param dimension e.g. {@code mass}, {@code power}, {@code money:USD}; equal dimensions convert
 * @param toBase    multiply a value in this unit by it to get the base unit
 */
public record Unit(String symbol, String dimension, double toBase) {

    public boolean convertibleTo(Unit other) {
        return dimension.equals(other.dimension);
    }

    /** Converts {@code value} in this unit to {@code target}. */
    public double convert(double value, Unit target) {
        if (!convertibleTo(target)) {
            throw new IllegalArgumentException(symbol + " (" + dimension + ") cannot be converted to "
                    + target.symbol + " (" + target.dimension + ")");
        }
        return value * toBase / target.toBase;
    }
}
