package org.claimskb.scoring;

import org.claimskb.model.Wire;

/** What a disagreement group is about: one proposition, or one quantity (scoring.md v2, "Disagreements"). */
public enum DisagreementKind implements Wire {
    STANCE, NUMERIC
}
