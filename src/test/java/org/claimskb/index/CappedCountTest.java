package org.claimskb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.claimskb.files.Json;
import org.junit.jupiter.api.Test;

/** The search total: exact up to a threshold, a lower bound (said so in JSON) beyond it. */
class CappedCountTest {

    private static IndexSearcher index(int docs, int segments) throws Exception {
        var dir = new ByteBuffersDirectory();
        try (var w = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (int i = 0; i < docs; i++) {
                Document d = new Document();
                d.add(new StringField("word", i % 3 == 2 ? "b" : "a", Field.Store.NO));
                d.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                w.addDocument(d);
                if ((i + 1) % (docs / segments) == 0) {
                    w.commit(); // several segments, so that counting crosses segment boundaries
                }
            }
        }
        return new IndexSearcher(DirectoryReader.open(dir));
    }

    private static Query both(String a, String b) {
        return new BooleanQuery.Builder()
                .add(new TermQuery(new Term("word", a)), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term("parity", b)), BooleanClause.Occur.MUST).build();
    }

    @Test
    void exactBelowTheThresholdALowerBoundBeyondIt() throws Exception {
        IndexSearcher s = index(200, 4);
        long expected = java.util.stream.IntStream.range(0, 200).filter(i -> i % 3 != 2 && i % 2 == 0).count();
        var exact = s.search(both("a", "even"), new CappedCount(1_000));
        assertEquals(expected, exact.count());
        assertFalse(exact.lowerBound());
        var capped = s.search(both("a", "even"), new CappedCount(30));
        assertTrue(capped.lowerBound());
        assertTrue(capped.count() >= 30 && capped.count() < expected, "stopped early: " + capped.count());
    }

    @Test
    void aCountTheIndexKnowsIsTakenWholeAndExact() throws Exception {
        IndexSearcher s = index(200, 4);
        var total = s.search(new TermQuery(new Term("parity", "odd")), new CappedCount(30));
        assertEquals(100, total.count());
        assertFalse(total.lowerBound());
    }

    @Test
    void jsonSaysLowerBoundOnlyWhenItIsOne() throws Exception {
        String exact = Json.mapper().writeValueAsString(new SearchResult("q", 3, List.of()));
        assertFalse(exact.contains("lower_bound"), exact);
        String bound = Json.mapper().writeValueAsString(new SearchResult("q", 10_000, true, List.of()));
        assertTrue(bound.contains("\"total_is_lower_bound\":true"), bound);
        assertTrue(bound.contains("\"total\":10000"), bound);
    }
}
