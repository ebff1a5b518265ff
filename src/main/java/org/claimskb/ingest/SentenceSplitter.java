package org.claimskb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain text into sentences, in any of the three languages, and in text that mixes them:
 * <ul>
 * <li>CJK full stops {@code 。！？} end a sentence wherever they occur, and so does {@code ；} in
 *     Chinese (where it separates independent clauses); closing quotes and brackets that follow
 *     stay with the sentence. Inside {@code 「」『』“”（）} nothing is split, so a quoted
 *     sentence stays inside the sentence that quotes it.</li>
 * <li>Latin {@code . ! ?} end a sentence only when followed by a space and then a capital letter,
 *     digit, quote or CJK character, and not after a known abbreviation ({@code Mr.}, {@code U.S.},
 *     {@code e.g.}, {@code Inc.}, month names) or a single initial; decimals never qualify.</li>
 * </ul>
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
            "vs", "etc", "e.g", "i.e", "u.s", "u.k", "inc", "co", "ltd", "corp", "no", "approx", "fig", "vol",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "est", "ca");
    private static final String OPENERS = "「『“（(【《〈‘";
    private static final String CLOSERS = "」』”）)】》〉’";

    private SentenceSplitter() {}

    public static List<String> split(String text, String language) {
        boolean chinese = language.startsWith("zh");
        var out = new ArrayList<String>();
        var current = new StringBuilder();
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            current.append(c);
            if (OPENERS.indexOf(c) >= 0) {
                depth++;
                continue;
            }
            if (CLOSERS.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            // An unbalanced quote must not swallow the rest of a long passage.
            boolean insideQuote = depth > 0 && current.length() < 300;
            boolean end;
            if (c == '。' || c == '！' || c == '？' || (chinese && c == '；')) {
                end = !insideQuote;
            } else if ((c == '.' || c == '!' || c == '?') && !insideQuote) {
                end = latinEnd(text, i, current);
            } else {
                end = false;
            }
            if (end) {
                while (i + 1 < n && (CLOSERS.indexOf(text.charAt(i + 1)) >= 0 || text.charAt(i + 1) == '"'
                        || text.charAt(i + 1) == '\'' || "。！？!?.".indexOf(text.charAt(i + 1)) >= 0)) {
                    current.append(text.charAt(++i));
                }
                add(out, current);
                current.setLength(0);
                depth = 0;
            }
        }
        add(out, current);
        return out;
    }

    private static boolean latinEnd(String text, int i, StringBuilder current) {
        int n = text.length();
        int j = i + 1;
        while (j < n && (text.charAt(j) == '"' || text.charAt(j) == '\'' || text.charAt(j) == ')' || text.charAt(j) == '”')) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(j))) {
            return false;
        }
        while (j < n && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        if (j >= n) {
            return true;
        }
        char next = text.charAt(j);
        boolean startsSentence = Character.isUpperCase(next) || Character.isDigit(next) || next == '"' || next == '“'
                || next == '\'' || Character.UnicodeScript.of(next) == Character.UnicodeScript.HAN
                || Character.UnicodeScript.of(next) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(next) == Character.UnicodeScript.KATAKANA;
        if (!startsSentence) {
            return false;
        }
        if (text.charAt(i) != '.') {
            return true;
        }
        // The word before the full stop: an abbreviation or an initial does not end a sentence.
        int k = current.length() - 1;
        int start = k;
        while (start > 0 && !Character.isWhitespace(current.charAt(start - 1))) {
            start--;
        }
        String word = current.substring(start, k).replaceAll("^[\"'(“]+", "").toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        return !(word.length() == 1 && Character.isLetter(word.charAt(0)));
    }

    private static void add(List<String> out, StringBuilder sentence) {
        String s = sentence.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
    }
}
