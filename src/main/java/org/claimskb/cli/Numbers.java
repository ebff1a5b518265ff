package org.claimskb.cli;

import java.util.Locale;

/**
 * Numbers as terminal output prints them: two significant digits for figures below 1 (0.59,
 * 0.50, 0.055), three above (1.23, 12.3, 127), whole numbers as they are. JSON keeps full precision.
 */
final class Numbers {
    private Numbers() {}

    static String text(double x) {
        return sig(x, Math.abs(x) < 1 ? 2 : 3);
    }

    /**
     * {@code x} to {@code digits} significant digits, keeping trailing zeros (0.50), never in E
     * notation. Rounds half up on the shortest decimal that reads back as {@code x} (0.155 prints
     * 0.16, as a reader expects, where the double's exact binary value 0.15499... would give 0.15),
     * and without {@code BigDecimal}, whose start-up is a tenth of a cold search.
     */
    static String sig(double x, int digits) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return String.valueOf(x);
        }
        if (x == 0) {
            return "0";
        }
        if (x == Math.rint(x) && Math.abs(x) >= 1) {
            return String.valueOf((long) x);
        }
        int magnitude = (int) Math.floor(Math.log10(Math.abs(x)));
        int scale = Math.max(0, digits - 1 - magnitude);
        return String.format(Locale.ROOT, "%." + scale + "f", x);
    }
}
