package org.claimskb.model;

/** A commentator's judgement of another claim. */
public enum Assessment implements Wire {
    SUPPORTS, DISPUTES, CALLS_DISINGENUOUS, CALLS_CONTRADICTORY
}
