package org.claimskb.index;

import java.util.List;

/**
 * One matching claim, shaped as {@code claims search --json} prints it.
 *
 * @param credibility null when the KB has no rules to score it
 * @param score       the relevance score (0 when listing without a query)
 * @param highlight   the best matching passage with matches in {@code **bold**}, or null
 */
public record SearchHit(String id, String speaker, String source, String kind, String text, String quote,
                        Double credibility, List<String> flags, double score, String highlight) {
    public SearchHit {
        flags = List.copyOf(flags);
    }
}
