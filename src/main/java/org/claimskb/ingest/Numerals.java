package org.claimskb.ingest;

import java.util.Locale;
import java.util.Map;

/**
 * The value of a number as written: ASCII digits ({@code 4,000}, {@code 1.5}), CJK numerals
 * ({@code 三}, {@code 二十}, {@code 一千兩百}, {@code 二〇二四}) and mixed forms where digits
 * and CJK place values meet ({@code 1兆4000億}, {@code 1万4000亿}, {@code 2千億}, {@code 1 兆 4000 億});
 * English number words ({@code three}, {@code twenty}) separately, by {@link #word}.
 *
 * <p>Large place values combine the way both languages read them: a smaller one after a larger one
 * adds ({@code 1兆4000億} = 1×10¹² + 4000×10⁸), a larger one after a smaller one multiplies
 * everything before it ({@code 1万4000亿} = (1×10⁴ + 4000)×10⁸, {@code 一萬億} = 10¹²). Both are
 * 1.4 trillion, which is how the Japanese and the Chinese translations of one sentence agree.
 */
final class Numerals {
    /** CJK digits and place values, as a regex character class body. */
    static final String CJK_CHARS = "〇零一二两兩三四五六七八九十百千万萬億亿兆";
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("eighteen", 18), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("hundred", 100),
            Map.entry("a couple of", 2), Map.entry("a couple", 2), Map.entry("a dozen", 12), Map.entry("a few", 3),
            Map.entry("a", 1), Map.entry("an", 1));
    /** The English number words {@link #word} reads, longest first, as a regex alternation. */
    static final String WORD_ALTERNATION = WORDS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).reduce((a, b) -> a + "|" + b).orElseThrow();

    private Numerals() {}

    /** The value of an English number word ({@code three}, {@code a dozen}); -1 when it is not one. */
    static double word(String w) {
        Integer v = WORDS.get(w.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip());
        return v == null ? -1 : v;
    }

    /** The value of a run of digits and CJK numerals; -1 when it is not a number. */
    static double value(String run) {
        double result = 0;       // everything up to the last large place value
        double largest = 0;      // the largest place value applied so far
        double section = 0;      // the part below 10⁴ being built
        double number = 0;       // the digit or digit group waiting for a place value
        boolean pending = false; // whether number holds digits not yet added
        String s = run.replace(",", "").strip();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c >= '0' && c <= '9') {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
                    j++;
                }
                try {
                    number = Double.parseDouble(s.substring(i, j));
                } catch (NumberFormatException e) {
                    return -1;
                }
                pending = true;
                i = j;
                continue;
            }
            int d = cjkDigit(c);
            if (d >= 0) {
                // Digits without place values read as written: 二〇二四 is 2024.
                number = pending && i > 0 && cjkDigit(s.charAt(i - 1)) >= 0 ? number * 10 + d : d;
                pending = true;
                i++;
                continue;
            }
            double small = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            double large = c == '万' || c == '萬' ? 1e4 : c == '億' || c == '亿' ? 1e8 : c == '兆' ? 1e12 : 0;
            if (small > 0) {
                section += (pending ? number : 1) * small;
            } else if (large > 0) {
                double part = section + (pending ? number : 0);
                if (result > 0 && large > largest) {
                    result = (result + part) * large;
                } else {
                    result += (part == 0 ? 1 : part) * large;
                }
                largest = Math.max(largest, large);
                section = 0;
            } else {
                return -1;
            }
            number = 0;
            pending = false;
            i++;
        }
        double total = result + section + (pending ? number : 0);
        return total > 0 || s.matches("[0〇零.]+") ? total : -1;
    }

    /** The place value a run ends with ({@code 3億} ends with 10⁸), or 1: a range's shared scale. */
    static double trailingScale(String run) {
        String s = run.strip();
        if (s.isEmpty()) {
            return 1;
        }
        return switch (s.charAt(s.length() - 1)) {
            case '万', '萬' -> 1e4;
            case '億', '亿' -> 1e8;
            case '兆' -> 1e12;
            case '千' -> 1e3;
            case '百' -> 1e2;
            default -> 1;
        };
    }

    /** Whether the run has ASCII digits (a pure CJK run needs a unit after it to count). */
    static boolean hasAsciiDigit(String run) {
        return run.chars().anyMatch(ch -> ch >= '0' && ch <= '9');
    }

    private static int cjkDigit(char c) {
        if (c == '零') {
            return 0;
        }
        if (c == '两' || c == '兩') {
            return 2;
        }
        return DIGITS.indexOf(c);
    }
}
