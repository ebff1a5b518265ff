package org.claimskb.model;

/** How far a speaker's statements can be trusted to stay within bounds (scoring.md). */
public enum Regime implements Wire {
    BOUNDED, UNBOUNDED, UNKNOWN
}
