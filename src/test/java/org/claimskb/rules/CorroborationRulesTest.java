package org.claimskb.rules;

import static org.claimskb.rules.Scores.*;
import static org.junit.jupiter.api.Assertions.*;

import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.Position;
import org.claimskb.model.Regime;
import org.claimskb.model.SourceKind;
import org.claimskb.scoring.Analysis;
import org.junit.jupiter.api.Test;

class CorroborationRulesTest {

    @Test
    void samePositionFromAnotherSpeakersIndependentEventCorroborates() {
        TestKb kb = new TestKb().speaker("a", Regime.BOUNDED).speaker("b", Regime.BOUNDED).proposition("p");
        kb.claim("s1/x", "a", ClaimKind.ANALYSIS, "P, because 3 reasons.").stance("p", Position.FOR);
        kb.claim("s2/y", "b", ClaimKind.ANALYSIS, "P indeed.").stance("p", Position.FOR);
        Analysis a = kb.analyze();
        assertTrue(flags(a, "s1/x").contains(Flag.CORROBORATED));
        assertTrue(flags(a, "s2/y").contains(Flag.CORROBORATED));
        assertTrue(effect(a, "s1/x", Flag.CORROBORATED) > 0);
    }

    @Test
    void compatibleNumbersCorroborateAcrossUnits() {
        TestKb kb = new TestKb().speaker("a", Regime.BOUNDED).speaker("b", Regime.UNKNOWN);
        kb.claim("s1/x", "a", ClaimKind.STATISTIC, "3000 lb.").quantity("rack", "weight", 3000, "lb", null);
        kb.claim("s2/y", "b", ClaimKind.STATISTIC, "1.5 short tons.").quantity("rack", "weight", 1.5, "short-ton", null);
        Analysis a = kb.analyze();
        assertTrue(flags(a, "s1/x").contains(Flag.CORROBORATED));
        assertTrue(flags(a, "s2/y").contains(Flag.CORROBORATED));
    }

    @Test
    void twoSummariesOfOneEventDoNotCorroborate() {
        TestKb kb = new TestKb().speaker("a", Regime.BOUNDED).speaker("host", Regime.BOUNDED).proposition("p")
                .source("sum1", SourceKind.SUMMARY, "interview", "2025-12-01")
                .source("sum2", SourceKind.SUMMARY, "interview", "2025-12-01");
        kb.claim("sum1/x", "a", ClaimKind.STATISTIC, "3000 lb.").quantity("rack", "weight", 3000, "lb", null)
                .stance("p", Position.FOR);
        kb.claim("sum2/x", "a", ClaimKind.STATISTIC, "3000 lb.").quantity("rack", "weight", 3000, "lb", null)
                .stance("p", Position.FOR);
        // Even another speaker in the same event is not independent of it.
        kb.claim("sum2/host", "host", ClaimKind.OPINION, "Right.").stance("p", Position.FOR);
        Analysis a = kb.analyze();
        for (String id : new String[] {"sum1/x", "sum2/x", "sum2/host"}) {
            assertFalse(flags(a, id).contains(Flag.CORROBORATED), id);
        }
    }

    @Test
    void aCorroboratorsRetellingsCountOnce() {
        TestKb kb = new TestKb().speaker("a", Regime.UNKNOWN).speaker("b", Regime.BOUNDED).proposition("p")
                .source("t", SourceKind.TRANSCRIPT, "talk", "2025-11-01")
                .source("s", SourceKind.SUMMARY, "talk", "2025-11-01");
        kb.claim("own/x", "a", ClaimKind.OPINION, "P.").stance("p", Position.FOR);
        kb.claim("t/y", "b", ClaimKind.OPINION, "P.").stance("p", Position.FOR);
        kb.claim("s/y", "b", ClaimKind.OPINION, "P.").stance("p", Position.FOR);
        Analysis once = kb.analyze();
        TestKb single = new TestKb().speaker("a", Regime.UNKNOWN).speaker("b", Regime.BOUNDED).proposition("p")
                .source("t", SourceKind.TRANSCRIPT, "talk", "2025-11-01");
        single.claim("own/x", "a", ClaimKind.OPINION, "P.").stance("p", Position.FOR);
        single.claim("t/y", "b", ClaimKind.OPINION, "P.").stance("p", Position.FOR);
        assertEquals(effect(single.analyze(), "own/x", Flag.CORROBORATED), effect(once, "own/x", Flag.CORROBORATED));
    }

    @Test
    void aCorroboratorWithTheSameInterestCountsLess() {
        TestKb kb = new TestKb().entity("acme", null).entity("acme-chip", "acme").proposition("p")
                .speaker("ceo", Regime.BOUNDED, "acme").speaker("cto", Regime.BOUNDED, "acme-chip")
                .speaker("outsider", Regime.BOUNDED)
                .speaker("ceo2", Regime.BOUNDED, "acme");
        kb.claim("s1/ceo", "ceo", ClaimKind.OPINION, "P.").stance("p", Position.FOR);
        kb.claim("s2/cto", "cto", ClaimKind.OPINION, "P.").stance("p", Position.FOR);
        kb.claim("s3/ceo2", "ceo2", ClaimKind.OPINION, "Q.").stance("q", Position.FOR);
        kb.claim("s4/out", "outsider", ClaimKind.OPINION, "Q.").stance("q", Position.FOR);
        kb.proposition("q");
        Analysis a = kb.analyze();
        double sameInterest = effect(a, "s1/ceo", Flag.CORROBORATED);
        double independent = effect(a, "s3/ceo2", Flag.CORROBORATED);
        assertTrue(sameInterest > 0 && sameInterest < independent, sameInterest + " vs " + independent);
    }

    @Test
    void corroborationIsCapped() {
        TestKb kb = new TestKb().speaker("a", Regime.BOUNDED).proposition("p");
        kb.claim("s0/x", "a", ClaimKind.FACT, "P, 1.").stance("p", Position.FOR);
        for (int i = 1; i <= 30; i++) {
            kb.speaker("b" + i, Regime.BOUNDED);
            kb.claim("s" + i + "/y", "b" + i, ClaimKind.FACT, "P, " + i + ".").stance("p", Position.FOR);
        }
        Analysis a = kb.analyze();
        double cap = a.rules().stream().filter(r -> r.name().equals("corroborated by independent speakers"))
                .findFirst().orElseThrow().weight() * 30;
        double e = effect(a, "s0/x", Flag.CORROBORATED);
        assertTrue(e > 0 && e < cap, "capped: " + e);
        assertTrue(score(a, "s0/x").findings().stream().anyMatch(f -> f.detail().contains("capped")));
    }
}
