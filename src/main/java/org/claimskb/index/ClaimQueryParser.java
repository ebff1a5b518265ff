package org.claimskb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's classic syntax (words, "phrases", +must, -not, AND/OR/NOT, wildcards), where each word
 * or phrase without a field is one query over the whole claim:
 * <ul>
 *   <li>per analysis (English, Japanese, Chinese), a word is scored as one document across the
 *       claim's text, quote and names (BM25F, {@link CombinedFieldQuery}), so a word repeated in
 *       several fields does not outweigh a rarer word;</li>
 *   <li>the analyses compete (dis-max): one word read three ways counts once; a word in Latin
 *       script is read by the English analysis only, Han without kana by English and Chinese;</li>
 *   <li>a word the analysis splits (a CJK compound, {@code pre-training}) matches when at least half
 *       of its parts of two characters or more do ({@code ラック重量} finds a claim whose names say
 *       重量, weight), and scores more when its parts stand together; a Japanese word read only as
 *       single characters needs them all.</li>
 * </ul>
 * A field named explicitly ({@code text:foo}) and wildcard, fuzzy and range terms keep the classic
 * per-field reading.
 */
final class ClaimQueryParser extends MultiFieldQueryParser {
    /** The three readings of every searchable field, by field-name suffix. */
    static final List<String> ANALYSES = List.of("", MultilingualAnalyzers.JA, MultilingualAnalyzers.ZH);
    /** BM25F weights: what a claim says counts twice what it is about (its names). */
    private static final Map<String, Float> WEIGHTS = Map.of(Fields.TEXT, 2f, Fields.QUOTE, 2f, Fields.NAMES, 1f);
    /** Boosts for phrases, which are scored per field. */
    private static final Map<String, Float> PHRASE_BOOSTS = Map.of(Fields.TEXT, 1f, Fields.QUOTE, 1f, Fields.NAMES, 0.5f);
    /** How much a second reading of a word adds to the best one. */
    private static final float TIE = 0.1f;
    /** How much a split word's parts standing together add. */
    private static final float TOGETHER = 0.5f;

    private final Analyzer analyzer;

    ClaimQueryParser(Analyzer analyzer) {
        super(allFields(), analyzer, classicBoosts());
        this.analyzer = analyzer;
        setSplitOnWhitespace(true);
        setAutoGeneratePhraseQueries(false);
        setDefaultOperator(Operator.OR);
    }

    private static String[] allFields() {
        return classicBoosts().keySet().toArray(String[]::new);
    }

    private static Map<String, Float> classicBoosts() {
        var b = new LinkedHashMap<String, Float>();
        for (String f : Fields.SEARCHABLE) {
            for (String a : ANALYSES) {
                b.put(f + a, PHRASE_BOOSTS.get(f));
            }
        }
        return b;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
        if (field != null) {
            return super.getFieldQuery(field, queryText, quoted);
        }
        return quoted ? phrase(queryText, 0, Fields.SEARCHABLE) : word(queryText);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
        if (field != null) {
            return super.getFieldQuery(field, queryText, slop);
        }
        return phrase(queryText, slop, Fields.SEARCHABLE);
    }

    /**
     * {@code /.../} is read as the words between the slashes: regular expressions are not part of the
     * query language (cli.md), and one such as {@code /a+++...+/} builds an automaton larger than
     * any heap (QueryFuzzTest found it).
     */
    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
        return getFieldQuery(field, termStr, false);
    }

    /**
     * Longest word that {@code word~} and {@code wor*d} read as a pattern; a longer one is read as a
     * plain word. No real word is longer, and the automaton of a long pattern is built for every field
     * (QueryFuzzTest spent most of its time in them).
     */
    static final int MAX_PATTERN_LENGTH = 40;

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
        if (termStr.length() > MAX_PATTERN_LENGTH) {
            return getFieldQuery(field, termStr, false);
        }
        if (field != null && WEIGHTS.containsKey(field)) {
            // The English fields hold stems ("racks" is "rack"): a misspelt word is compared as its stem.
            List<Token> stem = tokens(field, termStr);
            if (stem.size() == 1) {
                termStr = stem.get(0).term();
            }
        }
        return super.getFuzzyQuery(field, termStr, minSimilarity);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
        return termStr.length() > MAX_PATTERN_LENGTH ? getFieldQuery(field, termStr, false)
                : super.getWildcardQuery(field, termStr);
    }

    /**
     * The analyses that read {@code text}: only the English one for Latin-script text, which the
     * Japanese and Chinese fields hold unstemmed and with their stop words ("the", "are"), adding
     * nothing the English field lacks but noise; English and Chinese for Han without kana, whose
     * bigrams also match Japanese text written in the same kanji (and Kuromoji's reading of it
     * would be scored for every match again, doubling the cost of a CJK query for the same
     * ranking: nDCG@5 0.861 with it, 0.862 without, docs/SEARCH.md); all three once it has kana.
     */
    static List<String> analysesOf(String text) {
        if (!MultilingualAnalyzers.readsCjk(text)) {
            return List.of("");
        }
        return hasKana(text) ? ANALYSES : List.of("", MultilingualAnalyzers.ZH);
    }

    private static boolean hasKana(String text) {
        return text.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
        });
    }

    /** Whether {@code text} has Han, kana or Hangul characters: the Japanese and Chinese analyses read it. */
    /** One word, or one CJK run: its best reading over the whole claim. */
    Query word(String text) {
        var readings = new ArrayList<Query>();
        for (String a : analysesOf(text)) {
            List<Token> tokens = tokens(Fields.TEXT + a, text);
            if (tokens.isEmpty()) {
                continue;
            }
            readings.add(tokens.size() == 1 ? combined(a, tokens.get(0).term()) : split(a, tokens));
        }
        return best(readings);
    }

    /**
     * The words of {@code text} in this order, within {@code slop} moves, in any of {@code fields}
     * (each scored on its own: a phrase's positions belong to one field).
     */
    Query phrase(String text, int slop, String... fields) {
        var readings = new ArrayList<Query>();
        for (String a : analysesOf(text)) {
            List<Token> tokens = tokens(Fields.TEXT + a, text);
            if (tokens.isEmpty()) {
                continue;
            }
            var perField = new ArrayList<Query>();
            for (String f : fields) {
                perField.add(new BoostQuery(phraseIn(f + a, tokens, slop), PHRASE_BOOSTS.get(f)));
            }
            readings.add(best(perField));
        }
        return best(readings);
    }

    private Query split(String analysis, List<Token> tokens) {
        var parts = tokens.stream().filter(t -> t.term().codePointCount(0, t.term().length()) >= 2).toList();
        var b = new BooleanQuery.Builder();
        if (parts.isEmpty()) {
            // Only single characters (a Japanese reading of an unknown name): all of them, together.
            for (Token t : tokens) {
                b.add(combined(analysis, t.term()), BooleanClause.Occur.MUST);
            }
            return b.build();
        }
        var most = new BooleanQuery.Builder().setMinimumNumberShouldMatch(parts.size() / 2 + 1);
        for (Token t : parts) {
            most.add(combined(analysis, t.term()), BooleanClause.Occur.SHOULD);
        }
        b.add(most.build(), BooleanClause.Occur.MUST);
        var together = new ArrayList<Query>();
        for (String f : Fields.SEARCHABLE) {
            together.add(phraseIn(f + analysis, tokens, 0));
        }
        b.add(new BoostQuery(best(together), TOGETHER), BooleanClause.Occur.SHOULD);
        return b.build();
    }

    private static Query combined(String analysis, String term) {
        var b = new CombinedFieldQuery.Builder(term);
        for (String f : Fields.SEARCHABLE) {
            b.addField(f + analysis, WEIGHTS.get(f));
        }
        return b.build();
    }

    private static Query phraseIn(String field, List<Token> tokens, int slop) {
        var b = new PhraseQuery.Builder().setSlop(slop);
        int position = -1;
        for (Token t : tokens) {
            if (t.increment() == 0) {
                continue; // a compound's alternative reading at the same position
            }
            position += t.increment();
            b.add(new Term(field, t.term()), position);
        }
        return b.build();
    }

    private static Query best(List<Query> readings) {
        if (readings.isEmpty()) {
            return null;
        }
        return readings.size() == 1 ? readings.get(0) : new DisjunctionMaxQuery(readings, TIE);
    }

    private record Token(String term, int increment) {}

    private List<Token> tokens(String field, String text) {
        var out = new ArrayList<Token>();
        try (var ts = analyzer.tokenStream(field, text)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            var increment = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Token(term.toString(), out.isEmpty() ? Math.max(1, increment.getPositionIncrement())
                        : increment.getPositionIncrement()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
