package org.claimskb.index;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.claimskb.files.Json;
import org.claimskb.scoring.ClaimScore;

/**
 * Ranked keyword search over claims in any of the indexed languages, with filters and
 * highlighted snippets. Thread-safe; one per open index.
 */
public final class ClaimSearch {
    /** Field boosts: what a claim says counts most, names it is about least. */
    private static final Map<String, Float> BOOSTS = boosts();
    private static final String[] HIGHLIGHTED = {
        Fields.TEXT, Fields.TEXT + MultilingualAnalyzers.JA, Fields.TEXT + MultilingualAnalyzers.ZH,
        Fields.QUOTE, Fields.QUOTE + MultilingualAnalyzers.JA, Fields.QUOTE + MultilingualAnalyzers.ZH};

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final org.apache.lucene.analysis.Analyzer analyzer;

    ClaimSearch(DirectoryReader reader) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.analyzer = MultilingualAnalyzers.perField(Fields.SEARCHABLE);
    }

    private static Map<String, Float> boosts() {
        var b = new LinkedHashMap<String, Float>();
        float[] weights = {1.0f, 0.8f, 0.6f};
        for (int i = 0; i < Fields.SEARCHABLE.length; i++) {
            for (String suffix : new String[] {"", MultilingualAnalyzers.JA, MultilingualAnalyzers.ZH}) {
                b.put(Fields.SEARCHABLE[i] + suffix, weights[i]);
            }
        }
        return Map.copyOf(b);
    }

    /** Runs a search. A query that is empty or {@code *} lists every claim passing the filters, most credible first. */
    public SearchResult search(SearchRequest request) throws BadQueryException {
        boolean listAll = request.query() == null || request.query().isBlank() || request.query().strip().equals("*");
        Query text = listAll ? new MatchAllDocsQuery() : parse(request.query());
        var filtered = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filter(filtered, Fields.SPEAKER, request.speaker());
        filter(filtered, Fields.TOPIC, request.topic());
        filter(filtered, Fields.KIND, request.kind());
        filter(filtered, Fields.FLAG, request.flag());
        if (request.minCredibility() != null) {
            filtered.add(DoublePoint.newRangeQuery(Fields.CREDIBILITY, request.minCredibility(), Double.POSITIVE_INFINITY),
                    BooleanClause.Occur.FILTER);
        }
        Query query = filtered.build();
        int limit = Math.max(1, request.limit());
        try {
            Sort sort = listAll
                    ? new Sort(new SortField(Fields.CREDIBILITY, SortField.Type.DOUBLE, true), new SortField(Fields.ID, SortField.Type.STRING))
                    : new Sort(SortField.FIELD_SCORE, new SortField(Fields.CREDIBILITY, SortField.Type.DOUBLE, true));
            TopDocs top;
            try {
                top = searcher.search(query, limit, sort, !listAll);
            } catch (IndexSearcher.TooManyClauses tooMany) {
                throw new BadQueryException("the query expands to too many terms (a wildcard such as 'a*' matches too "
                        + "many words, or there are too many words); narrow it down");
            }
            String[] highlights = listAll ? new String[top.scoreDocs.length] : highlight(text, top);
            var hits = new ArrayList<SearchHit>();
            var stored = searcher.storedFields();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                ScoreDoc sd = top.scoreDocs[i];
                hits.add(hit(stored.document(sd.doc), listAll ? 0 : sd.score, highlights[i]));
            }
            long total = searcher.count(query);
            return new SearchResult(request.query() == null ? "" : request.query(), total, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Longest query accepted, in characters: far beyond any question, well within the parser's means. */
    static final int MAX_QUERY_LENGTH = 2_000;
    /** Deepest nesting of parentheses accepted. */
    static final int MAX_QUERY_DEPTH = 32;

    private Query parse(String userQuery) throws BadQueryException {
        int depth = nesting(userQuery);
        if (depth > MAX_QUERY_DEPTH) {
            throw new BadQueryException("the query nests parentheses too deeply: " + depth + " levels (at most "
                    + MAX_QUERY_DEPTH + ")");
        }
        if (userQuery.length() > MAX_QUERY_LENGTH) {
            throw new BadQueryException("the query is too long: " + userQuery.length() + " characters (at most "
                    + MAX_QUERY_LENGTH + ")");
        }
        var parser = new MultiFieldQueryParser(BOOSTS.keySet().stream().sorted().toArray(String[]::new), analyzer, BOOSTS);
        parser.setSplitOnWhitespace(true); // required by auto phrase queries; CJK runs have no spaces anyway
        parser.setAutoGeneratePhraseQueries(true);
        parser.setDefaultOperator(QueryParser.Operator.OR);
        try {
            return parser.parse(userQuery);
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

    private String[] highlight(Query text, TopDocs top) throws IOException {
        String[] out = new String[top.scoreDocs.length];
        if (top.scoreDocs.length == 0) {
            return out;
        }
        var highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("**", "**", " … ", false))
                .withHighlightPhrasesStrictly(false)
                .build();
        int[] passages = new int[HIGHLIGHTED.length];
        Arrays.fill(passages, 1);
        Map<String, String[]> byField = highlighter.highlightFields(HIGHLIGHTED, text, top, passages);
        for (int i = 0; i < out.length; i++) {
            for (String field : HIGHLIGHTED) {
                String h = byField.get(field)[i];
                if (h != null && h.contains("**")) {
                    out[i] = h;
                    break;
                }
            }
        }
        return out;
    }

    private static SearchHit hit(Document d, float score, String highlight) {
        IndexableField cred = d.getField(Fields.CREDIBILITY);
        return new SearchHit(d.get(Fields.ID), d.get(Fields.SPEAKER), d.get(Fields.SOURCE), d.get(Fields.KIND),
                d.get(Fields.TEXT), d.get(Fields.QUOTE), cred == null ? null : cred.numericValue().doubleValue(),
                Arrays.asList(d.getValues(Fields.FLAG)), score, highlight);
    }

    /** One claim by global id: its fact-file fields and its score (null when unscored). */
    public Optional<StoredClaim> claim(String id) {
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            Document d = searcher.storedFields().document(top.scoreDocs[0].doc);
            var json = Json.mapper();
            Map<String, Object> fields = json.readValue(d.get(Fields.CLAIM_JSON), new TypeReference<LinkedHashMap<String, Object>>() {});
            String scoreJson = d.get(Fields.SCORE_JSON);
            ClaimScore score = scoreJson == null ? null : json.readValue(scoreJson, ClaimScore.class);
            return Optional.of(new StoredClaim(fields, score));
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

    public List<String> claimIds() {
        return values(Fields.ID);
    }

    public List<String> speakers() {
        return values(Fields.SPEAKER);
    }

    public List<String> topics() {
        return values(Fields.TOPIC);
    }

    /** A claim as stored in the index. */
    public record StoredClaim(Map<String, Object> fields, ClaimScore score) {}

}
