package org.claimskb.index;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/** Walks one segment's terms of a keyword field, in term order, with each term's postings. */
final class TermWalk {
    private TermWalk() {}

    /** What is done with each term: its text and its postings (document ids within the segment). */
    @FunctionalInterface
    interface Visitor {
        void visit(BytesRef term, PostingsEnum postings) throws IOException;
    }

    static void terms(LeafReaderContext leaf, String field, Visitor visitor) throws IOException {
        Terms terms = leaf.reader().terms(field);
        if (terms == null) {
            return;
        }
        TermsEnum it = terms.iterator();
        PostingsEnum postings = null;
        for (BytesRef t = it.next(); t != null; t = it.next()) {
            postings = it.postings(postings, PostingsEnum.NONE);
            visitor.visit(t, postings);
        }
    }
}
