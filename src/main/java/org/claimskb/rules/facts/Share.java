package org.claimskb.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one side total contributes to one claim's effect: a weight (base credibility summed over
 * utterances) and the strongest of those utterances, for the explanation.
 *
 * @param utterances how many utterances the weight sums
 * @param strongest  up to a few {@code claim (0.57)} entries, strongest first
 */
public record Share(double weight, int utterances, List<String> strongest) {
    public static final Share NONE = new Share(0, 0, List.of());
    static final int SHOWN = 3;

    public Share {
        strongest = List.copyOf(strongest);
    }

    /** The sum of the shares' weights. */
    public static double total(List<?> shares) {
        double t = 0;
        for (Object o : shares) {
            t += ((Share) o).weight();
        }
        return t;
    }

    /** {@code 3 utterances: b/y (0.71), c/z (0.57) and 1 more}. */
    public static String describe(List<?> shares) {
        int count = 0;
        List<String> names = new ArrayList<>();
        for (Object o : shares) {
            Share s = (Share) o;
            count += s.utterances();
            for (String n : s.strongest()) {
                if (names.size() < SHOWN && !names.contains(n)) {
                    names.add(n);
                }
            }
        }
        String list = String.join(", ", names);
        int rest = count - names.size();
        return String.format(Locale.ROOT, "%d utterance%s: %s%s", count, count == 1 ? "" : "s", list,
                rest > 0 ? " and " + rest + " more" : "");
    }
}
