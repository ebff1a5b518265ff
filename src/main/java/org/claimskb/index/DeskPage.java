package org.claimskb.index;

import java.util.List;
import java.util.Map;

/**
 * One page of the desk's search ({@link ClaimSearch#page}): how many claims match, the hits shown,
 * and per facet ({@code speaker}, {@code kind}, {@code flag}, {@code topic}, {@code source},
 * {@code year}) how many of the matching claims have each value.
 */
public record DeskPage(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {
    public DeskPage {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }
}
