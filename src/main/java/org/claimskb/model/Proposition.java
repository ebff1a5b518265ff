package org.claimskb.model;

import java.util.List;

/** A contested question that claims take sides on, and that gets a verdict. */
public record Proposition(String id, String statement, List<String> topics) {
    public Proposition {
        topics = List.copyOf(topics);
    }
}
