package org.claimskb.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Word lists kept as resources, one file per list and language, under
 * {@code src/main/resources/org/claimskb/ingest/}: {@code NAME-LANG.txt} with one entry a line,
 * {@code #} comments and blank lines ignored. Languages are {@code en}, {@code ja} and {@code zh}
 * (Traditional and Simplified in one file, since a text may mix them). A list that maps ids to words
 * writes {@code id = word | word | word}.
 */
final class WordLists {
    static final List<String> LANGUAGES = List.of("en", "ja", "zh");

    private WordLists() {}

    /** The lines of one list in one language; empty when there is no such file. */
    static List<String> lines(String name, String language) {
        String file = name + "-" + language + ".txt";
        try (InputStream in = WordLists.class.getResourceAsStream(file)) {
            if (in == null) {
                return List.of();
            }
            var out = new ArrayList<String>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + file, e);
        }
    }

    /** The lines of one list in every language. */
    static List<String> lines(String name) {
        var out = new ArrayList<String>();
        LANGUAGES.forEach(l -> out.addAll(lines(name, l)));
        return List.copyOf(out);
    }

    /** A list's entries as one case-insensitive alternation of literal phrases, longest first. */
    static Pattern phrases(String name, String language) {
        return alternation(language == null ? lines(name) : lines(name, language));
    }

    /**
     * A pattern matching any of the phrases; a phrase that starts or ends with a Latin letter or digit
     * matches only as a whole word ("share" not in "shareholders").
     */
    static Pattern alternation(List<String> phrases) {
        var parts = phrases.stream().sorted((a, b) -> b.length() - a.length()).map(WordLists::literal).toList();
        if (parts.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile(String.join("|", parts), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String literal(String phrase) {
        String q = Pattern.quote(phrase);
        boolean wordStart = Character.isLetterOrDigit(phrase.charAt(0)) && phrase.charAt(0) < 128;
        boolean wordEnd = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) && phrase.charAt(phrase.length() - 1) < 128;
        return (wordStart ? "\\b" : "") + q + (wordEnd ? "\\b" : "");
    }

    /** A list of {@code id = word | word} lines in one language, as id to its words, in file order. */
    static Map<String, List<String>> mapping(String name, String language) {
        var out = new LinkedHashMap<String, List<String>>();
        for (String line : lines(name, language)) {
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("word list " + name + "-" + language + ": not 'id = words': " + line);
            }
            var words = new ArrayList<String>();
            for (String w : line.substring(eq + 1).split("\\|")) {
                if (!w.isBlank()) {
                    words.add(w.strip());
                }
            }
            out.put(line.substring(0, eq).strip(), List.copyOf(words));
        }
        return out;
    }

    /** The language's list file suffix for a detected language ({@code zh-Hant} reads {@code zh}). */
    static String family(String language) {
        return language == null ? "en" : language.startsWith("zh") ? "zh" : language.startsWith("ja") ? "ja" : "en";
    }
}
