package org.claimskb.model;

/** Which side of a proposition a claim argues. */
public enum Position implements Wire {
    FOR, AGAINST
}
