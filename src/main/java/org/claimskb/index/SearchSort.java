package org.claimskb.index;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The orders of {@code claims search --sort}. */
public enum SearchSort {
    /** Best match first: all the query's words above some, reviewed claims above drafts (cli.md). */
    RELEVANCE,
    /** Most credible first, best match breaking ties. */
    CREDIBILITY,
    /** Newest source first, best match breaking ties. */
    DATE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> spellings() {
        return Arrays.stream(values()).map(SearchSort::wire).toList();
    }

    public static Optional<SearchSort> of(String wire) {
        return Arrays.stream(values()).filter(s -> s.wire().equals(wire)).findFirst();
    }
}
