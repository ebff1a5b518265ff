package org.claimskb.rules.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A claim's credibility before the rules that weigh one claim by another (contradiction,
 * corroboration, commentary): sigmoid of its prior plus the effects of the first stage. Inserted
 * by the engine between the two stages, so no effect feeds back into what caused it.
 */
public record BaseScore(String claim, String utterance, double credibility) {

    /** A sum over distinct utterances, and who contributed. */
    public record Tally(double total, int utterances, String describe) {}

    /**
     * Sums credibility over the scores given, counting each utterance once (its most credible
     * text), since a summary and a transcript of one interview are one statement.
     */
    public static Tally tally(List<?> scores) {
        Map<String, BaseScore> best = new LinkedHashMap<>();
        for (Object o : scores) {
            BaseScore s = (BaseScore) o;
            best.merge(s.utterance(), s, (a, b) -> a.credibility() > b.credibility()
                    || (a.credibility() == b.credibility() && a.claim().compareTo(b.claim()) <= 0) ? a : b);
        }
        List<BaseScore> chosen = new ArrayList<>(best.values());
        chosen.sort(Comparator.comparing(BaseScore::claim));
        double total = 0;
        List<String> names = new ArrayList<>();
        for (BaseScore s : chosen) {
            total += s.credibility();
            names.add(String.format(Locale.ROOT, "%s (%.2f)", s.claim(), s.credibility()));
        }
        String text = names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
        return new Tally(total, chosen.size(), text);
    }
}
