package org.claimskb.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Every searchable text is indexed three ways, one field per analysis, and a query is run
 * against all three:
 * <ul>
 *   <li>{@code <field>} — English: standard tokens, possessives, stop words, the word families of
 *       {@code en-word-families.txt} (weigh, weighs, weight; sell, sold) then Porter stems; CJK
 *       characters are dropped here so they cannot match as noisy single characters;</li>
 *   <li>{@code <field>_ja} — Japanese morphological analysis (Kuromoji);</li>
 *   <li>{@code <field>_zh} — CJK bigrams after folding Traditional to Simplified Chinese ({@link HanFolding}, ICU's table),
 *       so {@code 英偉達} and {@code 英伟达} meet; also a robust fallback for Japanese kanji.</li>
 * </ul>
 */
public final class MultilingualAnalyzers {
    public static final String JA = "_ja";
    public static final String ZH = "_zh";

    private MultilingualAnalyzers() {}

    /**
     * Whether the Japanese and Chinese analyses can read anything in {@code text} that the
     * English one does not: Han, kana or Hangul. Text without any is indexed in the English field
     * only, and no query looks for it elsewhere ({@link ClaimQueryParser#analysesOf}).
     */
    static boolean readsCjk(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c < FIRST_CJK) {
                continue; // Latin, Greek, Cyrillic, punctuation: the common case, without a script lookup
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
                return true;
            }
        }
        return false;
    }

    /** Below this code point no character is Han, kana or Hangul (Hangul Jamo start at U+1100). */
    private static final int FIRST_CJK = 0x1100;

    /** The analyzer for a set of base field names; other fields are keywords. */
    public static Analyzer perField(String... baseFields) {
        Analyzer english = english();
        Analyzer japanese = japanese();
        Analyzer chinese = chinese();
        var map = new java.util.HashMap<String, Analyzer>();
        for (String f : baseFields) {
            map.put(f, english);
            map.put(f + JA, japanese);
            map.put(f + ZH, chinese);
        }
        return new PerFieldAnalyzerWrapper(new org.apache.lucene.analysis.core.KeywordAnalyzer(), Map.copyOf(map));
    }

    /** Kuromoji's analysis with Lucene's Japanese defaults (what the {@code _ja} fields index). */
    static Analyzer japanese() {
        return new JapaneseAnalyzer();
    }

    static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new DropCjk(source);
                s = new EnglishPossessiveFilter(s);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                s = new WordFamilyFilter(s);
                s = new PorterStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    static Analyzer chinese() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new CJKWidthFilter(source);
                s = new LowerCaseFilter(s);
                s = new HanFolding.Filter(s);
                s = new CJKBigramFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    /**
     * English words as written, only lower-cased and singular ({@code data centers} is
     * {@code data center}): for telling whether a text mentions a name, where stems would join
     * unrelated words ({@code powerful} and {@code power}).
     */
    static Analyzer plainEnglish() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new DropCjk(source);
                s = new EnglishPossessiveFilter(s);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new EnglishMinimalStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    /** The terms {@code analyzer} makes of {@code text}, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        var out = new java.util.ArrayList<String>();
        try (var ts = analyzer.tokenStream("", text)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Traditional Chinese characters folded to Simplified, as the {@code _zh} fields index them. */
    static String simplified(String text) {
        return HanFolding.fold(text);
    }

    /**
     * English word families (resource {@code en-word-families.txt}): each word becomes its
     * family's first word and is kept from the stemmer, as Lucene's {@code StemmerOverrideFilter}
     * does, but from a plain map: building that filter's FST is a fiftieth of a cold search.
     */
    private static final class WordFamilyFilter extends TokenFilter {
        private static final CharArrayMap<char[]> FAMILIES = load();
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        WordFamilyFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                char[] head = FAMILIES.get(term.buffer(), 0, term.length());
                if (head != null) {
                    term.copyBuffer(head, 0, head.length);
                    keyword.setKeyword(true);
                }
            }
            return true;
        }

        private static CharArrayMap<char[]> load() {
            var map = new CharArrayMap<char[]>(256, false);
            try (var in = MultilingualAnalyzers.class.getResourceAsStream("en-word-families.txt");
                 var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int comment = line.indexOf('#');
                    String words = (comment < 0 ? line : line.substring(0, comment)).strip();
                    if (words.isEmpty()) {
                        continue;
                    }
                    String[] family = words.split("\\s+");
                    for (String w : family) {
                        // The first family to name a word keeps it, as the override filter's builder did.
                        map.putIfAbsent(w, family[0].toCharArray());
                    }
                }
                return CharArrayMap.unmodifiableMap(map);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Leaves CJK tokens to the Japanese and Chinese fields. */
    private static final class DropCjk extends FilteringTokenFilter {
        private final TypeAttribute type = addAttribute(TypeAttribute.class);

        DropCjk(TokenStream in) {
            super(in);
        }

        @Override
        protected boolean accept() {
            String t = type.type();
            return !(t.equals(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.IDEOGRAPHIC])
                    || t.equals(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HIRAGANA])
                    || t.equals(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.KATAKANA])
                    || t.equals(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.HANGUL]));
        }
    }
}
