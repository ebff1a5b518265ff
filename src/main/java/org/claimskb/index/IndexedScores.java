package org.claimskb.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.StoredScores;

/**
 * The claims' scores as the index stores them (each claim's document holds its score), read one
 * claim at a time: {@code show} of one claim in a million reads one score, not all of them.
 */
final class IndexedScores extends StoredScores {
    private static final Set<String> SCORE_ONLY = Set.of(Fields.SCORE_JSON);

    private final DirectoryReader reader;
    private final ClaimSearch search;

    IndexedScores(DirectoryReader reader, ClaimSearch search) {
        this.reader = reader;
        this.search = search;
    }

    @Override
    public ClaimScore get(Object claimId) {
        return claimId instanceof String id ? search.score(id) : null;
    }

    private static ClaimScore read(LeafReaderContext leaf, int doc) throws IOException {
        return ClaimSearch.scoreIn(leaf.reader().storedFields().document(doc, SCORE_ONLY));
    }

    @Override
    public int size() {
        return reader.numDocs();
    }

    /** Every scored claim, in id order (the order of the id field's terms). */
    @Override
    public Set<Map.Entry<String, ClaimScore>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, ClaimScore>> iterator() {
                List<Located> all = locate();
                return new Iterator<>() {
                    int next;

                    @Override
                    public boolean hasNext() {
                        return next < all.size();
                    }

                    @Override
                    public Map.Entry<String, ClaimScore> next() {
                        if (!hasNext()) {
                            throw new java.util.NoSuchElementException();
                        }
                        Located l = all.get(next++);
                        try {
                            return Map.entry(l.id(), read(l.leaf(), l.doc()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
            }

            @Override
            public int size() {
                return IndexedScores.this.size();
            }
        };
    }

    private record Located(String id, LeafReaderContext leaf, int doc) {}

    /** Where each claim's document is, sorted by id (segments each hold their terms in order). */
    private List<Located> locate() {
        var all = new ArrayList<Located>(reader.numDocs());
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                TermWalk.terms(leaf, Fields.ID, (t, postings) -> {
                    int doc = postings.nextDoc();
                    if (doc != DocIdSetIterator.NO_MORE_DOCS && (leaf.reader().getLiveDocs() == null
                            || leaf.reader().getLiveDocs().get(doc))) {
                        all.add(new Located(t.utf8ToString(), leaf, doc));
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        all.sort(Comparator.comparing(Located::id));
        return all;
    }
}
