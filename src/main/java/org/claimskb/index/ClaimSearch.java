package org.claimskb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.claimskb.factfile.ClaimFields;
import org.claimskb.files.Json;
import org.claimskb.model.Claim;
import org.claimskb.scoring.ClaimScore;

/**
 * Ranked keyword search over claims in any of the indexed languages, with filters and
 * highlighted snippets. Thread-safe; one per open index.
 */
public final class ClaimSearch {
    /**
     * Added to the score of a claim that matches every word of the query, so that it ranks above
     * every claim matching only some (cli.md); taken off again in the score shown.
     */
    private static final float ALL_WORDS = 10_000f;
    /** The query's words near each other (within this many moves) in the text or quote... */
    private static final int NEAR = 3;
    /** ...add this much, times the phrase's own score. */
    private static final float NEAR_BOOST = 0.5f;
    /** Credibility (0..1) times this is added to a match's score: a mild preference for the credible. */
    private static final float CREDIBILITY_WEIGHT = 1.0f;
    /**
     * A name the query holds (an entity's or a concept's, in any script) adds this times its IDF
     * among claims to a claim whose number is of it or measures it: for {@code NVIDIA 市佔率}, the
     * claims giving NVIDIA's market share rank above those that only talk about it.
     */
    private static final float MEASURES_BOOST = 0.5f;
    /**
     * BM25 with less length normalisation than Lucene's default (b 0.75): a claim linked to many
     * topics has a long names field, and that should not bury it.
     */
    private static final BM25Similarity SIMILARITY = new BM25Similarity(1.2f, 0.4f);
    private static final String[] TEXT_FIELDS = fieldsOf(Fields.TEXT);
    private static final String[] QUOTE_FIELDS = fieldsOf(Fields.QUOTE);
    private static final String[] HIGHLIGHTED = concat(TEXT_FIELDS, QUOTE_FIELDS);

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /**
     * The same index searched a segment per thread, for ranking by relevance: both cores at once
     * cut a query over a large index by about a fifth (docs/BENCHMARKS.md). Orders led by a field
     * stay on {@link #searcher}: their skipping works per segment, and splitting made them slower.
     */
    private final IndexSearcher bySegment;
    private final org.apache.lucene.analysis.Analyzer analyzer;

    ClaimSearch(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(SIMILARITY);
        this.bySegment = reader.leaves().size() > 1 ? new IndexSearcher(reader, SearchThreads.POOL) : searcher;
        this.bySegment.setSimilarity(SIMILARITY);
        this.analyzer = MultilingualAnalyzers.perField(Fields.SEARCHABLE);
    }

    /**
     * The threads that search an index's segments side by side, one per core: a large index has
     * several segments (a build writes one per core), and a query over each runs at once, sharing
     * the score a hit needs to reach the top. Daemon threads, made on first use.
     */
    private static final class SearchThreads {
        static final java.util.concurrent.ExecutorService POOL = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Runtime.getRuntime().availableProcessors()), work -> {
                    Thread t = new Thread(work, "claims-search");
                    t.setDaemon(true);
                    return t;
                });
    }

    /**
     * Starts, on another core, the one-time work that analysing {@code queryText} will need, while
     * this thread opens the index: for Japanese text (with kana), loading Kuromoji's dictionaries;
     * for any Han text, the Han folding table (about a third of a cold CJK search, single-threaded).
     * Nothing waits for it: when the search reaches a dictionary first, the JVM's class
     * initialisation makes it wait for the load in progress instead of starting another. Latin
     * text starts nothing, and Han without kana never loads Kuromoji ({@link ClaimQueryParser}).
     */
    public static void prepareFor(String queryText) {
        List<String> analyses = ClaimQueryParser.analysesOf(queryText);
        // A sample of the text is enough to load everything; a query too long to search is refused anyway.
        String sample = queryText.length() > 200 ? queryText.substring(0, 200) : queryText;
        if (analyses.contains(MultilingualAnalyzers.JA)) {
            // Kuromoji's two big tables load in parallel: the connection costs here, the word
            // dictionary (with everything else the analysis needs) in the second thread.
            start("claims-prepare-ja-costs", org.apache.lucene.analysis.ja.dict.ConnectionCosts::getInstance);
            start("claims-prepare-cjk", () -> analyse(sample));
        } else if (analyses.contains(MultilingualAnalyzers.ZH)) {
            start("claims-prepare-zh", () -> MultilingualAnalyzers.terms(MultilingualAnalyzers.chinese(), sample));
        }
    }

    private static void start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        // Silent: whatever fails here fails again in the search itself, which reports it properly.
        thread.setUncaughtExceptionHandler((t, e) -> { });
        thread.start();
    }

    /** Runs the text through the Japanese and Chinese analyses once: that loads what they need. */
    private static void analyse(String text) {
        MultilingualAnalyzers.terms(MultilingualAnalyzers.japanese(), text);
        MultilingualAnalyzers.terms(MultilingualAnalyzers.chinese(), text);
    }

    private static String[] fieldsOf(String base) {
        return ClaimQueryParser.ANALYSES.stream().map(a -> base + a).toArray(String[]::new);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Matches are counted exactly up to this many (cli.md v2); past it a search may stop counting
     * and report a lower bound, so that a query matching most of a large KB costs no more than the
     * hits it shows.
     */
    public static final int EXACT_TOTAL = 10_000;

    /** Runs a search. A query that is empty or {@code *} lists every claim passing the filters, most credible first. */
    public SearchResult search(SearchRequest request) throws BadQueryException {
        Prepared q = prepare(request, List.of());
        int limit = Math.max(1, request.limit());
        try {
            TopDocs top = top(q, limit, q.listAll() || request.sort() != SearchSort.RELEVANCE
                    ? sort(request.sort(), q.listAll()) : null);
            List<SearchHit> hits = hits(q, top);
            CappedCount.Total total = searcher.search(q.count(), new CappedCount(EXACT_TOTAL));
            return new SearchResult(request.query() == null ? "" : request.query(), total.count(), total.lowerBound(), hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A search parsed and filtered: {@code text} the user's words, {@code count} every claim that
     * passes (text and filters), {@code scored} the same claims, scored for ranking, and
     * {@code allWords} the claims with every word of the query (null when it has fewer than two).
     */
    private record Prepared(boolean listAll, Query text, Query count, Query scored, Query allWords) {
        /** {@code scored} with the claims matching every word lifted above the rest: for orders led by a field. */
        Query ranked() {
            if (allWords == null) {
                return scored;
            }
            return new BooleanQuery.Builder().add(scored, BooleanClause.Occur.MUST)
                    .add(new BoostQuery(new ConstantScoreQuery(allWords), ALL_WORDS), BooleanClause.Occur.SHOULD).build();
        }
    }

    private Prepared prepare(SearchRequest request, List<Query> moreFilters) throws BadQueryException {
        boolean listAll = request.query() == null || request.query().isBlank() || request.query().strip().equals("*");
        ClaimQueryParser parser = new ClaimQueryParser(analyzer);
        Query text = listAll ? new MatchAllDocsQuery() : parse(parser, request.query());
        var matching = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filter(matching, Fields.SPEAKER, request.speaker());
        filter(matching, Fields.TOPIC, request.topic());
        filter(matching, Fields.KIND, request.kind());
        filter(matching, Fields.FLAG, request.flag());
        if (request.minCredibility() != null) {
            matching.add(DoublePoint.newRangeQuery(Fields.CREDIBILITY, request.minCredibility(), Double.POSITIVE_INFINITY),
                    BooleanClause.Occur.FILTER);
        }
        moreFilters.forEach(f -> matching.add(f, BooleanClause.Occur.FILTER));
        Query count = matching.build();
        Query scored = listAll ? count : scored(count, parser, request.query(), named(request.query()));
        return new Prepared(listAll, text, count, scored, listAll ? null : allWords(text));
    }

    /** The best {@code limit} claims: in {@code order}, or (null) by relevance with reviewed claims first. */
    private TopDocs top(Prepared q, int limit, Sort order) throws IOException, BadQueryException {
        try {
            return order == null ? byRelevance(q, limit) : searcher.search(q.ranked(), limit, order, !q.listAll());
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw new BadQueryException("the query expands to too many terms (a wildcard such as 'a*' matches too "
                    + "many words, or there are too many words); narrow it down");
        }
    }

    private List<SearchHit> hits(Prepared q, TopDocs top) throws IOException {
        Highlights highlights = q.listAll() ? Highlights.none(top.scoreDocs.length) : highlight(q.text(), top);
        var hits = new ArrayList<SearchHit>();
        var stored = searcher.storedFields();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            hits.add(hit(stored.document(sd.doc), q.listAll() ? 0 : relevance(sd.score), highlights, i));
        }
        return hits;
    }

    /**
     * One page of the desk's search: the request's filters plus a source and a year (either
     * null), the first {@code shown} hits in {@code order} (relevance as {@link #search}; by
     * credibility or by date, newest first, ties by id), the exact number of matches, and facet
     * counts over all of them. Counting reads the index's terms and doc values, never the stored
     * claims, so a page over a million claims costs the hits it shows plus a pass over the
     * matches' facet terms.
     */
    public DeskPage page(SearchRequest request, String source, Integer year, int shown) throws BadQueryException {
        var filters = new ArrayList<Query>();
        if (source != null) {
            filters.add(new TermQuery(new Term(Fields.SOURCE, source)));
        }
        if (year != null) {
            filters.add(NumericDocValuesField.newSlowRangeQuery(Fields.DATE,
                    java.time.LocalDate.of(year, 1, 1).toEpochDay(), java.time.LocalDate.of(year, 12, 31).toEpochDay()));
        }
        Prepared q = prepare(request, filters);
        SortField id = new SortField(Fields.ID, SortField.Type.STRING);
        Sort order = switch (request.sort()) {
            case RELEVANCE -> q.listAll() ? sort(SearchSort.RELEVANCE, true) : null;
            case CREDIBILITY -> new Sort(new SortField(Fields.CREDIBILITY, SortField.Type.DOUBLE, true), id);
            case DATE -> new Sort(new SortField(Fields.DATE, SortField.Type.LONG, true), id);
        };
        try {
            List<SearchHit> hits = hits(q, top(q, Math.max(1, shown), order));
            FacetCounts counts = FacetCounts.of(searcher, q.count());
            return new DeskPage(counts.total(), hits, counts.byFacet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The matching claims, scored: the text query; a name the query holds that a claim's number
     * measures adds a little, the words near each other add a little, credibility adds a little
     * more. (Matching every word ranks a claim above those matching some: {@link #byRelevance}.)
     */
    private static Query scored(Query matching, ClaimQueryParser parser, String userQuery, List<String> named) {
        var b = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST);
        for (String key : named) {
            b.add(new BoostQuery(new TermQuery(new Term(Fields.MEASURES, key)), MEASURES_BOOST), BooleanClause.Occur.SHOULD);
        }
        Query near = near(parser, userQuery);
        if (near != null) {
            b.add(new BoostQuery(near, NEAR_BOOST), BooleanClause.Occur.SHOULD);
        }
        b.add(FeatureField.newLinearQuery(Fields.FEATURES, Fields.CREDIBILITY_FEATURE, CREDIBILITY_WEIGHT),
                BooleanClause.Occur.SHOULD);
        return b.build();
    }

    /**
     * The names of entities and concepts a plain query holds ({@code NVIDIA 市佔率}: NVIDIA, market
     * share), as {@link ConceptKeys}: from its first word, the longest run of words that names what
     * some claim's number is of or measures, then on after it; a word that starts no name is skipped.
     */
    List<String> named(String userQuery) {
        String q = userQuery.strip();
        boolean plain = q.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                || c == '-' || c == '\'' || c == '.' || c == ',' || c == '"' || c == '/');
        if (!plain || hasOperators(q)) {
            return List.of();
        }
        List<String> words = ConceptKeys.words(q);
        if (words.isEmpty() || words.size() > 4 * ConceptKeys.MAX_WORDS) {
            return List.of();
        }
        try {
            Terms terms = MultiTerms.getTerms(reader, Fields.MEASURES);
            if (terms == null) {
                return List.of();
            }
            TermsEnum it = terms.iterator();
            var found = new ArrayList<String>();
            for (int i = 0; i < words.size(); ) {
                int next = i + 1;
                for (int j = Math.min(words.size(), i + ConceptKeys.MAX_WORDS); j > i; j--) {
                    String key = String.join(" ", words.subList(i, j));
                    if (it.seekExact(new BytesRef(key))) {
                        if (!found.contains(key)) {
                            found.add(key);
                        }
                        next = j;
                        break;
                    }
                }
                i = next;
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query with each of its optional words made required, or null when it has fewer than two. */
    static Query allWords(Query text) {
        if (!(text instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() > 0) {
            return null;
        }
        long optional = bq.clauses().stream().filter(c -> c.occur() == BooleanClause.Occur.SHOULD).count();
        if (optional < 2) {
            return null;
        }
        var b = new BooleanQuery.Builder();
        for (BooleanClause c : bq.clauses()) {
            b.add(c.query(), c.occur() == BooleanClause.Occur.SHOULD ? BooleanClause.Occur.MUST : c.occur());
        }
        return b.build();
    }

    /** The words of a plain query (no operators, quotes or fields) near each other, or null. */
    private static Query near(ClaimQueryParser parser, String userQuery) {
        String q = userQuery.strip();
        boolean plain = q.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Character.isWhitespace(c)
                || c == '-' || c == '\'' || c == '.' || c == ',');
        if (!plain || hasOperators(q) || q.split("\\s+").length < 2) {
            return null;
        }
        return parser.phrase(q, NEAR, Fields.TEXT, Fields.QUOTE);
    }

    /**
     * Whether a query of words holds an operator ({@code AND}, {@code OR}, {@code NOT}, a word
     * after {@code -}): then it says how its words combine, and they are not read as one phrase
     * or name ({@code chipful AND marginless} is not the phrase "chipful marginless").
     */
    private static boolean hasOperators(String q) {
        return Arrays.stream(q.split("\\s+")).anyMatch(w -> w.equals("AND") || w.equals("OR") || w.equals("NOT")
                || w.startsWith("-"));
    }

    private static float relevance(float score) {
        return score >= ALL_WORDS ? score - ALL_WORDS : score;
    }

    /**
     * The best {@code limit} matches by relevance: reviewed claims before drafts and, within each,
     * the claims matching every word of the query before those matching some (cli.md), then by
     * score, credibility and id. Each tier is a pass of its own, sorted by score first, and a
     * pass runs only while the ones before it found too few: that lets Lucene skip the claims
     * that cannot reach the top by their score bounds (a tier boost added to the score, or a sort
     * led by the draft rank, would have it score every match: most of a large KB for a common word).
     */
    private TopDocs byRelevance(Prepared q, int limit) throws IOException {
        var found = new ArrayList<ScoreDoc>();
        for (Query tier : tiers(q)) {
            if (found.size() >= limit) {
                break;
            }
            found.addAll(Arrays.asList(bySegment.search(tier, limit - found.size(), BY_SCORE, true).scoreDocs));
        }
        // Only the hits are read (the total is counted on its own, CappedCount).
        return new TopDocs(new TotalHits(found.size(), TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO),
                found.toArray(ScoreDoc[]::new));
    }

    /** The relevance tiers in order: reviewed then drafts, each with every word then with some. */
    private static List<Query> tiers(Prepared q) {
        var tiers = new ArrayList<Query>();
        for (BooleanClause.Occur reviewed : TIER_ORDER) {
            if (q.allWords() == null) {
                tiers.add(tier(q, reviewed, null));
            } else {
                TIER_ORDER.forEach(allWords -> tiers.add(tier(q, reviewed, allWords)));
            }
        }
        return tiers;
    }

    private static Query tier(Prepared q, BooleanClause.Occur reviewed, BooleanClause.Occur allWords) {
        var b = new BooleanQuery.Builder().add(q.scored(), BooleanClause.Occur.MUST).add(REVIEWED, reviewed);
        return (allWords == null ? b : b.add(q.allWords(), allWords)).build();
    }

    private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE,
            new SortField(Fields.CREDIBILITY, SortField.Type.DOUBLE, true), new SortField(Fields.ID, SortField.Type.STRING));

    /** A tier's claims match (first) or do not match (then) its condition. */
    private static final List<BooleanClause.Occur> TIER_ORDER = List.of(BooleanClause.Occur.FILTER,
            BooleanClause.Occur.MUST_NOT);

    private static final Query REVIEWED = new TermQuery(new Term(Fields.STATUS,
            org.claimskb.model.ClaimStatus.REVIEWED.wire()));

    private static Sort sort(SearchSort order, boolean listAll) {
        SortField credibility = new SortField(Fields.CREDIBILITY, SortField.Type.DOUBLE, true);
        SortField date = new SortField(Fields.DATE, SortField.Type.LONG, true);
        SortField id = new SortField(Fields.ID, SortField.Type.STRING);
        SortField reviewedFirst = new SortField(Fields.STATUS_RANK, SortField.Type.LONG);
        if (listAll) {
            return order == SearchSort.DATE ? new Sort(date, credibility, id) : new Sort(credibility, id);
        }
        return switch (order) {
            case RELEVANCE -> new Sort(reviewedFirst, SortField.FIELD_SCORE, credibility, id);
            case CREDIBILITY -> new Sort(credibility, SortField.FIELD_SCORE, id);
            case DATE -> new Sort(date, SortField.FIELD_SCORE, id);
        };
    }

    /** Longest query accepted, in characters: far beyond any question, well within the parser's means. */
    static final int MAX_QUERY_LENGTH = 2_000;
    /** Deepest nesting of parentheses accepted. */
    static final int MAX_QUERY_DEPTH = 32;

    private static Query parse(ClaimQueryParser parser, String userQuery) throws BadQueryException {
        int depth = nesting(userQuery);
        if (depth > MAX_QUERY_DEPTH) {
            throw new BadQueryException("the query nests parentheses too deeply: " + depth + " levels (at most "
                    + MAX_QUERY_DEPTH + ")");
        }
        if (userQuery.length() > MAX_QUERY_LENGTH) {
            throw new BadQueryException("the query is too long: " + userQuery.length() + " characters (at most "
                    + MAX_QUERY_LENGTH + ")");
        }
        try {
            Query q = parser.parse(userQuery);
            return q == null ? new MatchNoDocsQuery("only stop words") : q;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new BadQueryException("the query has too many words (at most " + IndexSearcher.getMaxClauseCount()
                    + " after splitting)");
        } catch (ParseException | RuntimeException e) {
            throw new BadQueryException(QuerySyntax.explain(userQuery, e.getMessage()));
        }
    }

    /** The deepest nesting of parentheses outside quotes and escapes. */
    static int nesting(String query) {
        int depth = 0;
        int max = 0;
        boolean quoted = false;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                max = Math.max(max, ++depth);
            } else if (!quoted && c == ')') {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }

    private static void filter(BooleanQuery.Builder b, String field, String value) {
        if (value != null) {
            b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        }
    }

    /** Each hit's text and quote with their matches marked (null where nothing matched). */
    private record Highlights(String[] text, String[] quote) {
        static Highlights none(int n) {
            return new Highlights(new String[n], new String[n]);
        }
    }

    private Highlights highlight(Query text, TopDocs top) throws IOException {
        int n = top.scoreDocs.length;
        if (n == 0) {
            return Highlights.none(0);
        }
        var highlighter = new OneStoredText(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MergingFormatter())
                .withHighlightPhrasesStrictly(false), searcher);
        int[] passages = new int[HIGHLIGHTED.length];
        Arrays.fill(passages, 1);
        Map<String, String[]> byField = highlighter.highlightFields(HIGHLIGHTED, matchedTerms(text), top, passages);
        return new Highlights(firstMarked(byField, TEXT_FIELDS, n), firstMarked(byField, QUOTE_FIELDS, n));
    }

    /**
     * A highlighter that reads each reading's text from the one stored copy: {@code text_ja} and
     * {@code text_zh} hold the same value as {@code text}, which alone stores it.
     */
    private static final class OneStoredText extends UnifiedHighlighter {
        private final IndexSearcher searcher;

        OneStoredText(UnifiedHighlighter.Builder builder, IndexSearcher searcher) {
            super(builder);
            this.searcher = searcher;
        }

        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator docs,
                int cacheCharsThreshold) throws IOException {
            String[] bases = Arrays.stream(fields).map(OneStoredText::base).toArray(String[]::new);
            java.util.Set<String> wanted = java.util.Set.of(Arrays.stream(bases).distinct().toArray(String[]::new));
            var stored = searcher.storedFields();
            var out = new ArrayList<CharSequence[]>();
            long chars = 0;
            // As the base class does: documents in batches of about cacheCharsThreshold characters (0: one at a time).
            do {
                int doc = docs.nextDoc();
                if (doc == org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                Document d = stored.document(doc, wanted);
                CharSequence[] values = new CharSequence[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    values[i] = d.get(bases[i]);
                    chars += values[i] == null ? 0 : values[i].length();
                }
                out.add(values);
            } while (cacheCharsThreshold != 0 && chars <= cacheCharsThreshold);
            return out;
        }

        private static String base(String field) {
            for (String a : ClaimQueryParser.ANALYSES) {
                if (!a.isEmpty() && field.endsWith(a)) {
                    return field.substring(0, field.length() - a.length());
                }
            }
            return field;
        }
    }

    /**
     * The terms {@code text} looks for (and its wildcard and fuzzy parts), as a plain disjunction
     * the highlighter reads from the index: it cannot see into BM25F queries and would otherwise
     * re-index every hit in memory. Terms the query excludes are not highlighted.
     */
    private static Query matchedTerms(Query text) {
        var b = new BooleanQuery.Builder();
        var seen = new java.util.HashSet<Query>();
        text.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... terms) {
                for (Term t : terms) {
                    add(new TermQuery(t));
                }
            }

            @Override
            public void consumeTermsMatching(Query query, String field, java.util.function.Supplier<ByteRunAutomaton> automaton) {
                add(query);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }

            private void add(Query q) {
                if (seen.add(q) && seen.size() <= IndexSearcher.getMaxClauseCount()) {
                    b.add(q, BooleanClause.Occur.SHOULD);
                }
            }
        });
        return b.build();
    }

    /** Per hit, the first of {@code fields} (one text, its three readings) whose highlight marks a match. */
    private static String[] firstMarked(Map<String, String[]> byField, String[] fields, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            for (String field : fields) {
                String h = byField.get(field)[i];
                if (h != null && h.contains(MergingFormatter.MARK)) {
                    out[i] = h;
                    break;
                }
            }
        }
        return out;
    }

    private static SearchHit hit(Document d, float score, Highlights highlights, int i) {
        IndexableField cred = d.getField(Fields.CREDIBILITY);
        String text = highlights.text()[i];
        String quote = highlights.quote()[i];
        return new SearchHit(d.get(Fields.ID), d.get(Fields.SPEAKER), d.get(Fields.SOURCE), d.get(Fields.KIND),
                d.get(Fields.TEXT), d.get(Fields.QUOTE), cred == null ? null : cred.numericValue().doubleValue(),
                Arrays.asList(d.getValues(Fields.FLAG)), score, text != null ? text : quote, text, quote);
    }

    /** One claim by global id: its fact-file fields and its score (null when unscored). */
    public Optional<StoredClaim> claim(String id) {
        try {
            int doc = docOf(id);
            return doc < 0 ? Optional.empty() : Optional.of(stored(searcher.storedFields().document(doc)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document of the claim {@code id}, or -1. */
    private int docOf(String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
    }

    /** Where the claim's disagreement groups are stored ({@link AnalysisStore}); empty for none or an unknown id. */
    List<String> groupRefs(String id) {
        try {
            int doc = docOf(id);
            String refs = doc < 0 ? null : searcher.storedFields().document(doc, java.util.Set.of(Fields.GROUPS))
                    .get(Fields.GROUPS);
            return refs == null ? List.of() : List.of(refs.split(" "));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claims that answer the question {@code questionId} ({@code reply_to}), in id order. */
    public List<StoredClaim> answersTo(String questionId) {
        var out = new ArrayList<StoredClaim>();
        for (Document d : byId(new Term(Fields.REPLY_TO, questionId), Integer.MAX_VALUE, null)) {
            out.add(stored(d));
        }
        return out;
    }

    /**
     * The stored fields ({@code fields}, or all when null) of the claims whose keyword {@code term}
     * holds, in id order, at most {@code max} of them.
     */
    private List<Document> byId(Term term, int max, java.util.Set<String> fields) {
        try {
            var query = new TermQuery(term);
            int n = Math.max(1, Math.min(max, searcher.count(query)));
            TopDocs top = searcher.search(query, n, new Sort(new SortField(Fields.ID, SortField.Type.STRING)));
            var out = new ArrayList<Document>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                out.add(fields == null ? stored.document(sd.doc) : stored.document(sd.doc, fields));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A claim's score as its document stores it, or null (unscored, or no such claim). */
    ClaimScore score(String id) {
        try {
            int doc = docOf(id);
            return doc < 0 ? null : scoreIn(searcher.storedFields().document(doc, java.util.Set.of(Fields.SCORE_JSON)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The score a document stores, or null. */
    static ClaimScore scoreIn(Document d) {
        return storedJson(d, Fields.SCORE_JSON, ClaimScore.class);
    }

    private static StoredClaim stored(Document d) {
        return new StoredClaim(storedJson(d, Fields.CLAIM_JSON, Claim.class), scoreIn(d));
    }

    /** A value a document stores as JSON bytes ({@link ClaimDocuments}), or null when it stores none. */
    private static <T> T storedJson(Document d, String field, Class<T> type) {
        BytesRef json = d.getBinaryValue(field);
        try {
            return json == null ? null : Json.mapper().readValue(json.bytes, json.offset, json.length, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every distinct value of a keyword field (claim ids, speakers, topics), for hints and checks. */
    public List<String> values(String field) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            var out = new TreeSet<String>();
            if (terms != null) {
                TermsEnum it = terms.iterator();
                for (BytesRef t = it.next(); t != null; t = it.next()) {
                    out.add(t.utf8ToString());
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The global ids of the claims whose id within their source is {@code localId}, in id order (at most {@code max}). */
    public List<String> withLocalId(String localId, int max) {
        return byId(new Term(Fields.LOCAL_ID, localId), max, java.util.Set.of(Fields.ID)).stream()
                .map(d -> d.get(Fields.ID)).toList();
    }

    public List<String> claimIds() {
        return values(Fields.ID);
    }

    public List<String> speakers() {
        return values(Fields.SPEAKER);
    }

    public List<String> topics() {
        return values(Fields.TOPIC);
    }

    /** A claim as stored in the index, with its score (null when unscored). */
    public record StoredClaim(Claim claim, ClaimScore score) {
        /** Its fields under their fact-file names ({@link ClaimFields}). */
        public Map<String, Object> fields() {
            return ClaimFields.of(claim);
        }
    }

}
