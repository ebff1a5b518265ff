package org.claimskb.model;

/** How a prediction turned out. */
public enum Outcome implements Wire {
    TRUE, FALSE, PARTLY
}
