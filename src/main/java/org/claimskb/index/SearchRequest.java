package org.claimskb.index;

/**
 * A search: the user's query (Lucene classic syntax; empty or {@code *} for all) and filters,
 * each null when not given.
 */
public record SearchRequest(String query, String speaker, String topic, String kind, String flag,
                            Double minCredibility, int limit) {}
