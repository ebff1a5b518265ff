package org.claimskb.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Traditional Chinese characters folded to Simplified, one character at a time, from the table
 * {@code zh-traditional-simplified.txt} (generated from ICU's {@code Traditional-Simplified}
 * transliterator by {@code src/build/GenerateHanFolding.java}; every entry maps one character to
 * one). Reading the table takes a few milliseconds where building the transliterator took a
 * quarter of a second of every process that analysed Chinese.
 */
final class HanFolding {
    private static final Map<Integer, Integer> FOLDS = load();

    private HanFolding() {}

    /** The text with each Traditional character replaced by its Simplified form. */
    static String fold(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Integer to = cp < 0x3400 ? null : FOLDS.get(cp);
            if (to != null && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(to != null ? to : cp);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    /** A token filter folding each token's characters (what the {@code _zh} fields index). */
    static final class Filter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Filter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            String t = term.toString();
            String folded = fold(t);
            if (!folded.equals(t)) {
                term.setEmpty().append(folded);
            }
            return true;
        }
    }

    private static Map<Integer, Integer> load() {
        var folds = new HashMap<Integer, Integer>(4096);
        try (var in = HanFolding.class.getResourceAsStream("zh-traditional-simplified.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                folds.put(line.codePointAt(0), line.codePointAt(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(folds);
    }
}
