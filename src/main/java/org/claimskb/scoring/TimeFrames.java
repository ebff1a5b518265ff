package org.claimskb.scoring;

import org.claimskb.model.PartialDate;

/**
 * When two claims are about the same time, so that they can conflict.
 *
 * <p>A claim's time frame is its {@code when}. Two claims whose {@code when}s do not overlap are
 * about different times: a view about 2025 and one about 2027 are a change over time, not a
 * contradiction, and revenue in 2024 does not contradict revenue in 2025. A claim without a
 * {@code when} does not say which time it means, so it overlaps every time frame: it is taken
 * as the speaker states it, timelessly (a rack's weight, a company's moat), and a claim that
 * disagrees with it about any time does disagree with it. To keep an undated claim out of a
 * conflict, give it a {@code when}.
 */
public final class TimeFrames {
    private TimeFrames() {}

    /** Whether the claims' time frames overlap; {@code said} (the source date) is only for descriptions. */
    public static boolean overlap(PartialDate whenA, PartialDate saidA, PartialDate whenB, PartialDate saidB) {
        return whenA == null || whenB == null || whenA.overlaps(whenB);
    }

    /** {@code about 2027} or {@code undated, said 2025-12-09}. */
    public static String describe(PartialDate when, PartialDate said) {
        if (when != null) {
            return "about " + when;
        }
        return said == null ? "undated" : "undated, said " + said;
    }
}
