package org.claimskb.rules;

import java.util.Set;
import org.claimskb.model.Flag;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Finding;

/** Reading an analysis in tests. */
final class Scores {
    private Scores() {}

    static ClaimScore score(Analysis a, String claim) {
        return a.score(claim).orElseThrow(() -> new AssertionError("no score for " + claim));
    }

    static Set<Flag> flags(Analysis a, String claim) {
        return score(a, claim).flags();
    }

    static double credibility(Analysis a, String claim) {
        return score(a, claim).credibility();
    }

    /** The summed effect of the claim's findings with this flag. */
    static double effect(Analysis a, String claim, Flag flag) {
        return score(a, claim).findings().stream().filter(f -> f.flag() == flag).mapToDouble(Finding::effect).sum();
    }

    static double effectOfRule(Analysis a, String claim, String rule) {
        return score(a, claim).findings().stream().filter(f -> f.rule().equals(rule)).mapToDouble(Finding::effect).sum();
    }
}
