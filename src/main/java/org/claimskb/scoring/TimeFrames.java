package org.claimskb.scoring;

import org.claimskb.model.PartialDate;

/**
 * When two claims are about the same time, so that they can conflict.
 *
 * <p>A claim's time frame is its {@code when}. A claim without one speaks of the present of its
 * utterance, taken as the calendar year of its source's date. Two claims that both lack a
 * {@code when} always overlap: both argue the proposition (or state the number) as written, and
 * a disagreement between them is a disagreement, not a change over time. So a view about 2025
 * and one about 2027 never conflict; an undated view said in 2025 conflicts with a view about
 * 2025 but not with one about 2027.
 */
public final class TimeFrames {
    private TimeFrames() {}

    public static boolean overlap(PartialDate whenA, PartialDate saidA, PartialDate whenB, PartialDate saidB) {
        if (whenA == null && whenB == null) {
            return true;
        }
        PartialDate a = effective(whenA, saidA);
        PartialDate b = effective(whenB, saidB);
        return a == null || b == null || a.overlaps(b);
    }

    /** The claim's time frame: its {@code when}, else the year it was said, else unknown (null). */
    public static PartialDate effective(PartialDate when, PartialDate said) {
        if (when != null) {
            return when;
        }
        return said == null ? null : new PartialDate(said.year(), null, null);
    }

    /** {@code about 2027} or {@code undated, said 2025-12-09}. */
    public static String describe(PartialDate when, PartialDate said) {
        if (when != null) {
            return "about " + when;
        }
        return said == null ? "undated" : "undated, said " + said;
    }
}
