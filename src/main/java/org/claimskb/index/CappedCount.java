package org.claimskb.index;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Counts matches exactly up to a threshold, then stops: the total a search reports. A segment
 * whose count the query knows without visiting documents (a term with no deletions, for instance)
 * is counted whole, as {@link org.apache.lucene.search.TotalHitCountCollector} does; past the
 * threshold, the remaining documents and segments are skipped and the total is a lower bound.
 */
final class CappedCount implements CollectorManager<CappedCount.Counter, CappedCount.Total> {
    /** How many matched, and whether counting stopped before the end. */
    record Total(long count, boolean lowerBound) {}

    private final int threshold;

    CappedCount(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public Counter newCollector() {
        return new Counter(threshold);
    }

    @Override
    public Total reduce(Collection<Counter> counters) {
        long count = 0;
        boolean stopped = false;
        for (Counter c : counters) {
            count += c.count;
            stopped |= c.stopped;
        }
        return new Total(count, stopped);
    }

    static final class Counter implements Collector {
        private final int threshold;
        private Weight weight;
        long count;
        boolean stopped;

        Counter(int threshold) {
            this.threshold = threshold;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public void setWeight(Weight weight) {
            this.weight = weight;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            if (weight != null) {
                int known = weight.count(context);
                if (known >= 0) {
                    count += known;
                    throw new CollectionTerminatedException();
                }
            }
            if (count >= threshold) {
                stopped = true;
                throw new CollectionTerminatedException();
            }
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    if (++count >= threshold) {
                        stopped = true;
                        throw new CollectionTerminatedException();
                    }
                }
            };
        }
    }
}
