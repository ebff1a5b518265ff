package org.claimskb.factfile;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean" hints: the closest known name to a misspelled one, if it is close enough. */
public final class Suggestions {
    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private static final int MAX_WORD = 100;

    private Suggestions() {}

    /** The nearest candidate within a third of the word's length (at least 2 edits), if any. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        if (word.length() > MAX_WORD) {
            return Optional.empty(); // no name is that long: no hint, and no quadratic distance on it
        }
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        return candidates.stream()
                .filter(c -> !c.equals(word))
                .map(c -> new Scored(c, distance(w, c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= limit)
                .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
                .map(Scored::candidate);
    }

    /** {@code " (did you mean 'x'?)"} or nothing. */
    public static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    private static int distance(String a, String b) {
        // Containment counts as close: "regime-basis" vs "regime_basis", "nvidia" vs "nvidia-corp".
        if (a.replace('-', '_').equals(b.replace('-', '_'))) {
            return 1;
        }
        return DISTANCE.apply(a, b);
    }

    private record Scored(String candidate, int distance) {}
}
