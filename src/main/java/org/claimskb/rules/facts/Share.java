package org.claimskb.rules.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What one side total contributes to one claim's effect: a weight (base credibility summed over
 * utterances) and the strongest of those utterances, for the explanation.
 *
 * <p>A claim's shares come from the sides of all its groups, collected in whatever order the
 * engine joins them; {@link #total} and {@link #describe} give the same result in any order.
 *
 * @param utterances how many utterances the weight sums
 * @param strongest  up to a few of those utterances, strongest first
 */
public record Share(double weight, int utterances, List<Named> strongest) {
    public static final Share NONE = new Share(0, 0, List.of());
    static final int SHOWN = 3;

    /** One utterance named in an explanation: {@code label} is {@code a/x by gavin-baker (0.62)}. */
    public record Named(String claim, double base, String label) {}

    /** Strongest first; ties by claim id: the order names are shown in. */
    private static final Comparator<Named> STRONGEST_FIRST =
            Comparator.comparingDouble(Named::base).reversed().thenComparing(Named::claim);

    /** A canonical order of shares, so that sums and names do not depend on the order of the list. */
    private static final Comparator<Share> CANONICAL = Comparator.comparingDouble(Share::weight).reversed()
            .thenComparingInt(Share::utterances)
            .thenComparing(s -> s.strongest().isEmpty() ? "" : s.strongest().get(0).claim());

    public Share {
        strongest = List.copyOf(strongest);
    }

    /** The sum of the shares' weights. */
    public static double total(List<?> shares) {
        double t = 0;
        for (Share s : canonical(shares)) {
            t += s.weight();
        }
        return t;
    }

    /** {@code 3 utterances: b/y (0.71), c/z (0.57) and 1 more}; {@code 2 utterances} when none can be named. */
    public static String describe(List<?> shares) {
        int count = 0;
        List<Named> candidates = new ArrayList<>();
        for (Share s : canonical(shares)) {
            count += s.utterances();
            candidates.addAll(s.strongest());
        }
        candidates.sort(STRONGEST_FIRST);
        List<String> names = new ArrayList<>();
        for (Named n : candidates) {
            if (names.size() < SHOWN && !names.contains(n.label())) {
                names.add(n.label());
            }
        }
        String head = String.format(Locale.ROOT, "%d utterance%s", count, count == 1 ? "" : "s");
        if (names.isEmpty()) {
            return head;
        }
        int rest = count - names.size();
        return head + ": " + String.join(", ", names) + (rest > 0 ? " and " + rest + " more" : "");
    }

    private static List<Share> canonical(List<?> shares) {
        List<Share> list = new ArrayList<>(shares.size());
        for (Object o : shares) {
            list.add((Share) o);
        }
        if (list.size() > 2) { // two doubles add the same either way round
            list.sort(CANONICAL);
        }
        return list;
    }
}
