package org.claimskb.scoring;

import java.util.List;

/** Speakers on opposite sides of one proposition about one year. */
public record StanceDisagreement(String proposition, String statement, Integer year, List<Side> sides, String detail)
        implements Disagreement {
    public StanceDisagreement {
        sides = List.copyOf(sides);
    }

    @Override
    public DisagreementKind kind() {
        return DisagreementKind.STANCE;
    }

    @Override
    public String about() {
        return statement;
    }
}
