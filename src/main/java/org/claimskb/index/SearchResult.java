package org.claimskb.index;

import java.util.List;

/** The hits of one search, best first, and how many claims matched in all. */
public record SearchResult(String query, long total, List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }
}
