package org.claimskb.cli;

import java.util.List;
import org.claimskb.index.Analyzer;

/** Plugs the rules engine into indexing and turns its failures into user-facing messages. */
final class RulesWiring {
    private RulesWiring() {}

    /** No rules engine is wired in yet: claims are indexed unscored. */
    static Analyzer analyzer() {
        return null;
    }

    /** Problems in the rules themselves (none to check while no engine is wired in). */
    static List<org.claimskb.factfile.Problem> check(java.nio.file.Path kbRoot, org.claimskb.factfile.LoadResult loaded) {
        return List.of();
    }

    static String describeRules(java.nio.file.Path kbRoot) {
        return "";
    }

    static UserError asUserError(RuntimeException failure) {
        return new UserError(List.of("rules failed: " + failure.getMessage()));
    }
}
