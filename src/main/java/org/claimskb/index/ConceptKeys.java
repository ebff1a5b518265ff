package org.claimskb.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The key under which a name of an entity or concept is indexed in {@link Fields#MEASURES}, and
 * under which a stretch of a query is looked up there: its words
 * lower-cased, singular, full-width folded, Traditional Chinese folded to Simplified, joined by one
 * space ({@code Market Shares} and {@code market share} are {@code market share}; {@code 市佔率} and
 * {@code 市占率} are {@code 市 占 率}, a CJK character being a word of its own). So a query that
 * names an idea in any script ({@code 毛利率}, {@code gross margins}) meets the claims linked to it,
 * whatever the spacing ({@code 電力 制約} is the alias {@code 電力制約}).
 */
final class ConceptKeys {
    /** Longest name looked up, in words (a CJK character is one). */
    static final int MAX_WORDS = 8;

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream s = new CJKWidthFilter(source);
            s = new EnglishPossessiveFilter(s);
            s = new LowerCaseFilter(s);
            s = new ASCIIFoldingFilter(s);
            s = new EnglishMinimalStemFilter(s);
            return new TokenStreamComponents(source, s);
        }
    };

    private ConceptKeys() {}

    /** The key of a name, or null when it has no words. */
    static String of(String name) {
        List<String> words = words(name);
        return words.isEmpty() ? null : String.join(" ", words);
    }

    /** The words of a text as keys count them (Traditional characters folded to Simplified). */
    static List<String> words(String text) {
        return MultilingualAnalyzers.terms(WORDS, MultilingualAnalyzers.simplified(text));
    }
}
