package org.claimskb.index;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One matching claim, shaped as {@code claims search --json} prints it.
 *
 * @param credibility    null when the KB has no rules to score it
 * @param score          the relevance score (0 when listing without a query)
 * @param highlight      the best matching passage with matches in {@code **bold**}, or null: the
 *                       text's when the text matches, else the quote's
 * @param textHighlight  the text with its matches marked, or null when the text does not match
 * @param quoteHighlight the quote with its matches marked, or null when the quote does not match
 */
public record SearchHit(String id, String speaker, String source, String kind, String text, String quote,
                        Double credibility, List<String> flags, double score, String highlight,
                        @JsonIgnore String textHighlight, @JsonIgnore String quoteHighlight) {
    public SearchHit {
        flags = List.copyOf(flags);
    }

    public SearchHit(String id, String speaker, String source, String kind, String text, String quote,
                     Double credibility, List<String> flags, double score, String highlight) {
        this(id, speaker, source, kind, text, quote, credibility, flags, score, highlight, null, null);
    }
}
