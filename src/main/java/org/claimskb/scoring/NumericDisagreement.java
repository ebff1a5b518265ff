package org.claimskb.scoring;

import java.util.List;

/**
 * Speakers giving one quantity (subject, metric, scope) values that are apart beyond tolerance
 * after unit conversion, about one year (or, for a standing quantity, in any year).
 */
public record NumericDisagreement(String subject, String metric, String scope, Integer year, List<Side> sides,
                                  String detail) implements Disagreement {
    public NumericDisagreement {
        sides = List.copyOf(sides);
    }

    @Override
    public DisagreementKind kind() {
        return DisagreementKind.NUMERIC;
    }

    @Override
    public String about() {
        return metric + " of " + subject + (scope == null ? "" : " (" + scope + ")");
    }
}
