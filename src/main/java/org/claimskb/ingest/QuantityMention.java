package org.claimskb.ingest;

import org.claimskb.units.Units;

/**
 * A number with its unit found in a sentence, in the knowledge base's unit spellings.
 *
 * @param min   the value, or the low end of a range
 * @param max   equal to {@code min} for a single value
 * @param unit  the canonical symbol from {@link Units} ({@code lb}, {@code kW}, {@code USD-B}, {@code %}, {@code count})
 * @param noun  for counts, the counted noun when the text names it in English ({@code gpus}); else null
 * @param start where it starts in the normalised sentence, to tell before-and-after ({@code 1,000 → 3,000})
 */
public record QuantityMention(double min, double max, String unit, String noun, int start) {

    public String dimension() {
        return Units.of(unit).dimension();
    }
}
