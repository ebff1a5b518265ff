package org.claimskb.model;

/** What sort of statement a claim is; it sets the prior. */
public enum ClaimKind implements Wire {
    FACT, STATISTIC, PREDICTION, OPINION, ANALYSIS, DISCLOSURE
}
