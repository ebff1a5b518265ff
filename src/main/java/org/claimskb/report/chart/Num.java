package org.claimskb.report.chart;

import java.util.Locale;
import org.claimskb.report.chart.Shapes.Rotation;

/**
 * How the chart templates print numbers: coordinates with at most one decimal and values with
 * two, in a fixed locale, so the same layout always gives the same bytes. The only formatting the
 * templates do; a null prints nothing, which jte turns into a left-out attribute.
 */
public final class Num {

    private Num() {}

    /** A coordinate or length: one decimal at most, no trailing ".0", never "-0". */
    public static String of(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        s = s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        return s.equals("-0") ? "0" : s;
    }

    /** {@link #of(double)}, or null (no attribute) for null. */
    public static String optional(Double v) {
        return v == null ? null : of(v);
    }

    /** A value with two decimals, as the charts print weights and opacities; null for null. */
    public static String fixed2(Double v) {
        return v == null ? null : String.format(Locale.ROOT, "%.2f", v);
    }

    /** An SVG {@code rotate(...)} transform, or null (no attribute) for no rotation. */
    public static String rotate(Rotation r) {
        return r == null ? null : "rotate(" + of(r.degrees()) + " " + of(r.cx()) + " " + of(r.cy()) + ")";
    }
}
