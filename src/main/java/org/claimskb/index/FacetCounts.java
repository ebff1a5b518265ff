package org.claimskb.index;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * Facet counts over every claim a query matches: the matches as one bit set, then each facet
 * field's terms walked once, counting the postings that fall in it (a few thousand speakers and
 * sources, a handful of kinds and flags); the year from each match's date doc value. No stored
 * claim is read.
 */
final class FacetCounts {
    /** Facet name to the keyword field that holds its values. */
    private static final Map<String, String> FIELDS = facetFields();

    private final long total;
    private final Map<String, Map<String, Long>> byFacet;

    private FacetCounts(long total, Map<String, Map<String, Long>> byFacet) {
        this.total = total;
        this.byFacet = byFacet;
    }

    long total() {
        return total;
    }

    Map<String, Map<String, Long>> byFacet() {
        return byFacet;
    }

    private static Map<String, String> facetFields() {
        var m = new LinkedHashMap<String, String>();
        m.put("speaker", Fields.SPEAKER);
        m.put("kind", Fields.KIND);
        m.put("flag", Fields.FLAG);
        m.put("topic", Fields.OWN_TOPIC);
        m.put("source", Fields.SOURCE);
        return m;
    }

    static FacetCounts of(IndexSearcher searcher, Query matching) throws IOException {
        FixedBitSet matches = searcher.search(matching, new Matches(searcher.getIndexReader().maxDoc()));
        var byFacet = new LinkedHashMap<String, Map<String, Long>>();
        for (var f : FIELDS.entrySet()) {
            byFacet.put(f.getKey(), termCounts(searcher, f.getValue(), matches));
        }
        byFacet.put("year", years(searcher, matches));
        return new FacetCounts(matches.cardinality(), byFacet);
    }

    private static Map<String, Long> termCounts(IndexSearcher searcher, String field, FixedBitSet matches)
            throws IOException {
        var counts = new TreeMap<String, Long>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            TermWalk.terms(leaf, field, (t, postings) -> {
                long n = 0;
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (matches.get(leaf.docBase + d)) {
                        n++;
                    }
                }
                if (n > 0) {
                    counts.merge(t.utf8ToString(), n, Long::sum);
                }
            });
        }
        return counts;
    }

    private static Map<String, Long> years(IndexSearcher searcher, FixedBitSet matches) throws IOException {
        var counts = new TreeMap<String, Long>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            NumericDocValues dates = leaf.reader().getNumericDocValues(Fields.DATE);
            if (dates == null) {
                continue;
            }
            int end = leaf.docBase + leaf.reader().maxDoc();
            for (int d = matches.nextSetBit(leaf.docBase, end); d != DocIdSetIterator.NO_MORE_DOCS;
                    d = d + 1 < end ? matches.nextSetBit(d + 1, end) : DocIdSetIterator.NO_MORE_DOCS) {
                if (dates.advanceExact(d - leaf.docBase)) {
                    counts.merge(String.valueOf(LocalDate.ofEpochDay(dates.longValue()).getYear()), 1L, Long::sum);
                }
            }
        }
        return counts;
    }

    /** Collects the matching documents (index-wide ids) into one bit set. */
    private record Matches(int maxDoc) implements CollectorManager<Matches.Bits, FixedBitSet> {
        @Override
        public Bits newCollector() {
            return new Bits(new FixedBitSet(maxDoc));
        }

        @Override
        public FixedBitSet reduce(Collection<Bits> collectors) {
            FixedBitSet all = new FixedBitSet(maxDoc);
            for (Bits b : collectors) {
                all.or(b.bits);
            }
            return all;
        }

        static final class Bits extends SimpleCollector {
            final FixedBitSet bits;
            private int base;

            Bits(FixedBitSet bits) {
                this.bits = bits;
            }

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                base = context.docBase;
            }

            @Override
            public void collect(int doc) {
                bits.set(base + doc);
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            @Override
            public void setScorer(Scorable scorer) {}
        }
    }
}
