package org.claimskb.index;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The hits of one search, best first, and how many claims matched in all: exact up to
 * {@link ClaimSearch#EXACT_TOTAL} matches; beyond that possibly a lower bound, and then
 * {@code totalIsLowerBound} is true (cli.md v2; in JSON {@code total_is_lower_bound}, present only when true).
 */
public record SearchResult(String query, long total,
                           @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean totalIsLowerBound,
                           List<SearchHit> hits) {
    public SearchResult {
        hits = List.copyOf(hits);
    }

    /** An exact total. */
    public SearchResult(String query, long total, List<SearchHit> hits) {
        this(query, total, false, hits);
    }
}
