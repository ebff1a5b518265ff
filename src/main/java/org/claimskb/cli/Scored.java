package org.claimskb.cli;

import java.util.Collection;
import org.claimskb.factfile.Suggestions;
import org.claimskb.index.DerivedState;

/** Shared by the commands that read the rules' analysis (contradictions, verdict, speakers). */
final class Scored {
    private Scored() {}

    /** The state itself, or a user error when the KB has no rules to score with. */
    static DerivedState require(DerivedState state) {
        if (!state.scored()) {
            throw new UserError("the KB has no rules (rules/*.drl), so nothing is scored");
        }
        return state;
    }

    /**
     * Fails with exit 2 unless {@code id} is one of {@code known}: "unknown speaker 'x' (did you
     * mean 'y'?)", listing the choices when there are few. Returns the id.
     */
    static String requireKnown(String what, String id, Collection<String> known) {
        if (!known.contains(id)) {
            throw new UserError("unknown " + what + " '" + id + "'" + Suggestions.hint(id, known)
                    + (known.size() <= 20 ? "; one of: " + String.join(", ", known) : ""));
        }
        return id;
    }

    static Double round(Double v) {
        return v == null ? null : Math.round(v * 1000) / 1000.0;
    }
}
