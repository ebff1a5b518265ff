package org.claimskb.scoring;

import java.util.AbstractMap;

/**
 * Claim scores kept where they were stored (the search index holds each claim's score beside it)
 * and read on demand: a million scores are most of an analysis, and most commands need a few.
 * Read-only; iteration visits claims in id order. Implementations decide where the scores live;
 * {@link Analysis} keeps such a table as it is instead of copying it.
 */
public abstract class StoredScores extends AbstractMap<String, ClaimScore> {
    /** Every lookup is one read; no implementation may scan the table to answer it. */
    @Override
    public abstract ClaimScore get(Object claimId);

    @Override
    public boolean containsKey(Object claimId) {
        return get(claimId) != null;
    }

    @Override
    public abstract int size();
}
