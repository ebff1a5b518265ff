package org.claimskb.index;

/**
 * A search: the user's query (Lucene classic syntax; empty or {@code *} for all), filters, each
 * null when not given, and the order of the hits.
 */
public record SearchRequest(String query, String speaker, String topic, String kind, String flag,
                            Double minCredibility, int limit, SearchSort sort) {
    public SearchRequest {
        sort = sort == null ? SearchSort.RELEVANCE : sort;
    }

    /** Ranked by relevance. */
    public SearchRequest(String query, String speaker, String topic, String kind, String flag, Double minCredibility, int limit) {
        this(query, speaker, topic, kind, flag, minCredibility, limit, SearchSort.RELEVANCE);
    }
}
