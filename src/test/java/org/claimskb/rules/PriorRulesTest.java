package org.claimskb.rules;

import static org.claimskb.rules.Scores.*;
import static org.junit.jupiter.api.Assertions.*;

import org.claimskb.model.ClaimKind;
import org.claimskb.model.Regime;
import org.claimskb.scoring.Analysis;
import org.junit.jupiter.api.Test;

class PriorRulesTest {

    private static Analysis threeRegimes(ClaimKind kind, String text) {
        TestKb kb = new TestKb().speaker("b", Regime.BOUNDED).speaker("u", Regime.UNBOUNDED).speaker("k", Regime.UNKNOWN);
        kb.claim("s1/b", "b", kind, text);
        kb.claim("s2/u", "u", kind, text);
        kb.claim("s3/k", "k", kind, text);
        return kb.analyze();
    }

    @Test
    void unboundedStatisticScoresBelowUnknownsEquivalentAndBoundedAboveBoth() {
        Analysis a = threeRegimes(ClaimKind.STATISTIC, "Shipments were 3 million units in 2025.");
        assertTrue(credibility(a, "s2/u") < credibility(a, "s3/k"));
        assertTrue(credibility(a, "s3/k") < credibility(a, "s1/b"));
    }

    @Test
    void boundedOpinionStartsNeutral() {
        Analysis a = threeRegimes(ClaimKind.OPINION, "This is a great product.");
        assertEquals(0.0, score(a, "s1/b").prior());
        assertTrue(score(a, "s1/b").priorDetail().contains("bounded"));
    }

    @Test
    void disclosureStartsHighestWithinEachRegime() {
        for (Regime r : Regime.values()) {
            TestKb kb = new TestKb().speaker("x", r);
            for (ClaimKind k : ClaimKind.values()) {
                kb.claim("s/" + k.wire(), "x", k, "Statement 42.");
            }
            Analysis a = kb.analyze();
            double disclosure = score(a, "s/disclosure").prior();
            for (ClaimKind k : ClaimKind.values()) {
                if (k != ClaimKind.DISCLOSURE) {
                    assertTrue(score(a, "s/" + k.wire()).prior() < disclosure, r + " " + k);
                }
            }
        }
    }

    @Test
    void unboundedDatedPredictionStartsBelowTheirFacts() {
        TestKb kb = new TestKb().speaker("u", Regime.UNBOUNDED);
        kb.claim("s/fact", "u", ClaimKind.FACT, "We shipped 100 units.");
        kb.claim("s/pred", "u", ClaimKind.PREDICTION, "Robotaxis everywhere.").due("2026-12-31");
        Analysis a = kb.analyze();
        assertTrue(score(a, "s/pred").prior() < score(a, "s/fact").prior());
        assertTrue(score(a, "s/fact").prior() < 0);
    }
}
