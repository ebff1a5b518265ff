package org.claimskb.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English numbers spelled out, as speech-to-text and captions write them, turned into digits so
 * quantities can be read: {@code three point five percent} is {@code 3.5 percent},
 * {@code two hundred and fifty billion} {@code 250 billion}, {@code six tenths of a percent}
 * {@code 0.6 percent}, {@code twenty-five} {@code 25}. Only a run of two or more number words, or
 * one with {@code point} or a fraction, is turned: a lone {@code one} or {@code three} stays a
 * word, as the quantity parser reads those itself where a unit follows. Vocabulary:
 * {@code spoken-numbers-en.txt}.
 */
final class SpokenNumbers {
    private SpokenNumbers() {}

    private static final Map<String, Integer> VALUES = values();
    private static final String WORD = "(?:" + String.join("|", VALUES.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    /** A run: number words joined by spaces, hyphens or "and", then maybe "point" and digit words, or "tenths"/"hundredths". */
    private static final Pattern RUN = Pattern.compile("(?i)\\b" + WORD + "(?:(?:[ -]|\\s+and\\s+)" + WORD + ")*"
            + "(?:\\s+point(?:\\s+" + WORD + ")+|\\s+(?:tenths?|hundredths?)(?:\\s+of\\s+an?)?)?\\b");

    private static final Pattern FRACTION = Pattern.compile("\\s+(tenths?|hundredths?)(?:\\s+of\\s+an?)?$");

    private static Map<String, Integer> values() {
        var out = new HashMap<String, Integer>();
        WordLists.mapping("spoken-numbers", "en").forEach((value, words) ->
                words.forEach(w -> out.put(w.toLowerCase(Locale.ROOT), Integer.parseInt(value))));
        return Map.copyOf(out);
    }

    /** The text with every spelled-out number run of two words or more (or a decimal or fraction) in digits. */
    static String digits(String text) {
        Matcher m = RUN.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String value = value(m.group());
            if (value == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(value);
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** The run's value in digits, or null when it is a lone word (or reads as no number). */
    private static String value(String run) {
        String r = run.toLowerCase(Locale.ROOT).strip();
        String fraction = null;
        Matcher f = FRACTION.matcher(r);
        if (f.find()) {
            fraction = f.group(1);
            r = r.substring(0, f.start());
        }
        String decimals = null;
        int point = r.indexOf(" point ");
        if (point >= 0) {
            StringBuilder d = new StringBuilder();
            for (String w : r.substring(point + " point ".length()).split("\\s+")) {
                Integer v = VALUES.get(w);
                if (v == null || v > 9) {
                    return null; // "point twenty": not a decimal a speaker says
                }
                d.append(v);
            }
            decimals = d.toString();
            r = r.substring(0, point);
        }
        String[] words = r.split("(?:\\s+and\\s+|[ -])+");
        if (words.length < 2 && decimals == null && fraction == null) {
            return null;
        }
        long total = 0;
        long current = 0;
        for (String w : words) {
            Integer v = VALUES.get(w);
            if (v == null) {
                return null;
            }
            if (v == 100) {
                current = (current == 0 ? 1 : current) * 100;
            } else if (v == 1000) {
                total += (current == 0 ? 1 : current) * 1000;
                current = 0;
            } else if (v < 10 && current % 10 == 0 && !(current % 100 >= 10 && current % 100 <= 19)
                    || v >= 10 && current % 100 == 0) {
                current += v; // "twenty five", "two hundred fifty", "two hundred and five"
            } else {
                return null; // "one two", "twenty thirty": a list or a year read aloud, not one number
            }
        }
        long whole = total + current;
        if (fraction != null) {
            double divisor = fraction.startsWith("tenth") ? 10 : 100;
            return trim(whole / divisor);
        }
        return decimals == null ? Long.toString(whole) : whole + "." + decimals;
    }

    private static String trim(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
