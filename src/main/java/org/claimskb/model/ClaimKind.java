package org.claimskb.model;

/**
 * What sort of statement a claim is; it sets the prior. A {@link #QUESTION} (an interviewer's
 * question or premise) argues nothing: it is kept for context and search, never as evidence.
 */
public enum ClaimKind implements Wire {
    FACT, STATISTIC, PREDICTION, OPINION, ANALYSIS, DISCLOSURE, QUESTION;

    /** Whether claims of this kind can be evidence: everything but a question. */
    public boolean argues() {
        return this != QUESTION;
    }
}
