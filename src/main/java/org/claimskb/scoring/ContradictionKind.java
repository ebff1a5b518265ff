package org.claimskb.scoring;

import org.claimskb.model.Wire;

/** Opposite positions on one proposition, numbers apart on one quantity, or either within one speaker. */
public enum ContradictionKind implements Wire {
    STANCE, NUMERIC, SELF
}
