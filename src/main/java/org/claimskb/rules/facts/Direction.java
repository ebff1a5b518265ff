package org.claimskb.rules.facts;

/** Whether a claim, if believed, helps or hurts an entity. */
public enum Direction {
    FAVORS, HARMS
}
