package org.claimskb.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts that carry each statement twice, in two languages, one after the other (a transcript with
 * its translation under each line). {@link #pairs} finds such a run of sentences so each statement
 * is drafted once: in the text's language, with the other one kept as the original.
 *
 * <p>A run is bilingual when its sentences alternate between a Latin-script and a CJK sentence,
 * starting with either, there are as many of one as of the other, and each pair writes the same
 * numbers in digits (a translation keeps {@code 40%}; two different sentences rarely share all
 * their numbers and lack of them).
 */
final class Bilingual {
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)?");

    /** One statement: the sentence drafted and the same statement in the other language. */
    record Pair(String drafted, String original) {}

    private Bilingual() {}

    /** The statements of a bilingual run of sentences, or empty when the sentences are not one. */
    static List<Pair> pairs(List<String> sentences, String language) {
        if (sentences.size() < 2 || sentences.size() % 2 != 0) {
            return List.of();
        }
        boolean draftCjk = LanguageDetector.isCjk(language);
        var out = new ArrayList<Pair>();
        Boolean firstCjk = null;
        for (int i = 0; i < sentences.size(); i += 2) {
            String a = sentences.get(i);
            String b = sentences.get(i + 1);
            boolean aCjk = cjk(a);
            if (aCjk == cjk(b) || firstCjk != null && firstCjk != aCjk || !sameNumbers(a, b)) {
                return List.of();
            }
            firstCjk = aCjk;
            boolean draftA = aCjk == draftCjk;
            out.add(draftA ? new Pair(a, b) : new Pair(b, a));
        }
        return out;
    }

    /** Whether most of the sentence's letters are Han or kana. */
    static boolean cjk(String s) {
        int cjk = 0;
        int latin = 0;
        for (int i = 0; i < s.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(s.charAt(i));
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                cjk++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
        }
        // A CJK character carries about as much as a Latin word of three letters.
        return cjk * 3 >= latin;
    }

    private static boolean sameNumbers(String a, String b) {
        return numbers(Markdown.normalized(a)).equals(numbers(Markdown.normalized(b)));
    }

    private static List<String> numbers(String s) {
        var out = new ArrayList<String>();
        Matcher m = DIGITS.matcher(s);
        while (m.find()) {
            out.add(m.group().replace(",", ""));
        }
        out.sort(null);
        return out;
    }
}
