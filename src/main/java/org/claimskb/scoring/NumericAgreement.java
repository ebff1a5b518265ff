package org.claimskb.scoring;

/**
 * Whether two stated numbers (single values or ranges, already in one unit) agree.
 *
 * <p>They agree when the gap between the two intervals is at most {@code tolerance} (the table's
 * {@code numeric_tolerance}, {@link Parameters}) of the larger magnitude involved. Speakers round
 * ("about 3,000 lb"), so at 10% 3,000 and 3,300 agree, while 3,000 and 6,000, or 40% and 50%, do
 * not. Overlapping ranges always agree.
 */
public final class NumericAgreement {
    private NumericAgreement() {}

    public static boolean agree(double aMin, double aMax, double bMin, double bMax, double tolerance) {
        double gap = Math.max(0, Math.max(aMin, bMin) - Math.min(aMax, bMax));
        double scale = Math.max(Math.max(Math.abs(aMin), Math.abs(aMax)), Math.max(Math.abs(bMin), Math.abs(bMax)));
        // The 1e-9 absorbs floating-point noise from unit conversion (1.5 short ton = 3000 lb).
        return gap <= tolerance * scale * (1 + 1e-9) + 1e-12;
    }
}
