package org.claimskb.model;

/**
 * A number a claim states, comparable across claims with the same subject, metric and scope.
 * A single value has {@code min == max}.
 *
 * @param scope optional qualifier; quantities with different scopes never contradict
 */
public record Quantity(String subject, String metric, double min, double max, String unit, String scope) {

    public Quantity {
        if (min > max) {
            throw new IllegalArgumentException("range min " + min + " is above max " + max);
        }
    }

    public boolean isRange() {
        return min != max;
    }

    /** The fact-file spelling of the value: {@code 3000} or {@code 2500-3000}. */
    public String valueText() {
        return isRange() ? format(min) + "-" + format(max) : format(min);
    }

    public static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
