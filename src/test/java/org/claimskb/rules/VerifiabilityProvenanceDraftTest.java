package org.claimskb.rules;

import static org.claimskb.rules.Scores.*;
import static org.junit.jupiter.api.Assertions.*;

import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.Position;
import org.claimskb.model.Regime;
import org.claimskb.model.SourceKind;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.Verdict;
import org.junit.jupiter.api.Test;

class VerifiabilityProvenanceDraftTest {

    @Test
    void specificFactsAndDatedPredictionsAreVerifiable() {
        TestKb kb = new TestKb().speaker("x", Regime.BOUNDED);
        kb.claim("s/num", "x", ClaimKind.STATISTIC, "Revenue was 30 billion dollars.");
        kb.claim("s/qty", "x", ClaimKind.FACT, "Racks are heavy.").quantity("rack", "weight", 3000, "lb", null);
        kb.claim("s/dated", "x", ClaimKind.PREDICTION, "It will ship.").due("2026-06-30");
        kb.claim("s/vague-fact", "x", ClaimKind.FACT, "The company exists.");
        Analysis a = kb.analyze();
        assertTrue(flags(a, "s/num").contains(Flag.VERIFIABLE));
        assertTrue(flags(a, "s/qty").contains(Flag.VERIFIABLE));
        assertTrue(flags(a, "s/dated").contains(Flag.VERIFIABLE));
        assertFalse(flags(a, "s/vague-fact").contains(Flag.VERIFIABLE));
        assertFalse(flags(a, "s/vague-fact").contains(Flag.UNVERIFIABLE));
    }

    @Test
    void vagueOpinionsAndUndatedPredictionsAreUnverifiable() {
        TestKb kb = new TestKb().speaker("x", Regime.BOUNDED);
        kb.claim("s/op", "x", ClaimKind.OPINION, "The future is bright.");
        kb.claim("s/an", "x", ClaimKind.ANALYSIS, "Scale wins in the end.");
        kb.claim("s/pred", "x", ClaimKind.PREDICTION, "AI will change everything.");
        kb.claim("s/op-num", "x", ClaimKind.OPINION, "A 20% margin is too low.");
        Analysis a = kb.analyze();
        assertTrue(flags(a, "s/op").contains(Flag.UNVERIFIABLE));
        assertTrue(flags(a, "s/an").contains(Flag.UNVERIFIABLE));
        assertTrue(flags(a, "s/pred").contains(Flag.UNVERIFIABLE));
        assertFalse(flags(a, "s/op-num").contains(Flag.UNVERIFIABLE));
        assertFalse(flags(a, "s/op").contains(Flag.VERIFIABLE));
        // Verifiability informs verdict weight, not credibility.
        assertEquals(0.0, effect(a, "s/op", Flag.UNVERIFIABLE));
    }

    @Test
    void summariesAndTranslationsAreSecondhandTranscriptsAreNot() {
        TestKb kb = new TestKb().speaker("x", Regime.BOUNDED)
                .source("sum", SourceKind.SUMMARY, "ev", "2025-12-01")
                .source("tr", SourceKind.TRANSLATION, "ev", "2025-12-01")
                .source("raw", SourceKind.TRANSCRIPT, "ev", "2025-12-01");
        kb.claim("sum/a", "x", ClaimKind.FACT, "Sales rose 10%.");
        kb.claim("tr/a", "x", ClaimKind.FACT, "Sales rose 10%.");
        kb.claim("raw/a", "x", ClaimKind.FACT, "Sales rose 10%.");
        Analysis a = kb.analyze();
        assertTrue(flags(a, "sum/a").contains(Flag.SECONDHAND));
        assertTrue(flags(a, "tr/a").contains(Flag.SECONDHAND));
        assertFalse(flags(a, "raw/a").contains(Flag.SECONDHAND));
        assertTrue(effect(a, "sum/a", Flag.SECONDHAND) < 0);
        assertTrue(credibility(a, "sum/a") < credibility(a, "raw/a"));
    }

    @Test
    void draftsAreFlaggedAndNeverCountInVerdictsOrContradictions() {
        TestKb kb = new TestKb().speaker("x", Regime.BOUNDED).speaker("y", Regime.BOUNDED).proposition("p");
        kb.claim("s1/draft", "x", ClaimKind.FACT, "P holds, 5 times over.").stance("p", Position.FOR).draft();
        kb.claim("s2/rev", "y", ClaimKind.FACT, "P fails, 3 times over.").stance("p", Position.AGAINST);
        Analysis a = kb.analyze();
        assertTrue(flags(a, "s1/draft").contains(Flag.DRAFT));
        assertFalse(flags(a, "s2/rev").contains(Flag.DRAFT));
        assertTrue(a.disagreements().isEmpty());
        assertFalse(flags(a, "s2/rev").contains(Flag.CONTRADICTED));
        Verdict v = a.verdicts().get(0);
        assertTrue(v.evidenceFor().isEmpty());
        assertEquals(1, v.evidenceAgainst().size());
        assertEquals(0, a.reportCards().stream().filter(c -> c.id().equals("x")).findFirst().orElseThrow().claims());
    }
}
