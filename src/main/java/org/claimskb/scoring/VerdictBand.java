package org.claimskb.scoring;

import org.claimskb.model.Wire;

/** Where a proposition's weighted score falls. */
public enum VerdictBand implements Wire {
    SUPPORTED, LEANS_SUPPORTED, CONTESTED, LEANS_REFUTED, REFUTED, INSUFFICIENT_EVIDENCE
}
