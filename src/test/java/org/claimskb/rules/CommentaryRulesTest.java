package org.claimskb.rules;

import static org.claimskb.rules.Scores.*;
import static org.junit.jupiter.api.Assertions.*;

import org.claimskb.model.Assessment;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.Regime;
import org.claimskb.scoring.Analysis;
import org.junit.jupiter.api.Test;

class CommentaryRulesTest {

    private static Analysis commented(Regime commentator, Assessment assessment) {
        TestKb kb = new TestKb().speaker("ceo", Regime.BOUNDED).speaker("critic", commentator);
        kb.claim("talk/claim", "ceo", ClaimKind.ANALYSIS, "Growth comes from our 3 new products.");
        kb.claim("blog/comment", "critic", ClaimKind.ANALYSIS, "That is not where the growth comes from.")
                .about("talk/claim", assessment);
        return kb.analyze();
    }

    @Test
    void disputingCallingDisingenuousOrContradictoryRaisesDisputed() {
        for (Assessment a : new Assessment[] {Assessment.DISPUTES, Assessment.CALLS_DISINGENUOUS,
                Assessment.CALLS_CONTRADICTORY}) {
            Analysis an = commented(Regime.BOUNDED, a);
            assertTrue(flags(an, "talk/claim").contains(Flag.DISPUTED), a.wire());
            assertTrue(effect(an, "talk/claim", Flag.DISPUTED) < 0);
            assertFalse(flags(an, "blog/comment").contains(Flag.DISPUTED));
        }
    }

    @Test
    void penaltyScalesWithTheCommentatorsCredibility() {
        double credible = effect(commented(Regime.BOUNDED, Assessment.DISPUTES), "talk/claim", Flag.DISPUTED);
        double dubious = effect(commented(Regime.UNBOUNDED, Assessment.DISPUTES), "talk/claim", Flag.DISPUTED);
        assertTrue(credible < dubious && dubious < 0, credible + " vs " + dubious);
    }

    @Test
    void supportGivesASmallBoostAndNoDispute() {
        Analysis an = commented(Regime.BOUNDED, Assessment.SUPPORTS);
        assertFalse(flags(an, "talk/claim").contains(Flag.DISPUTED));
        assertTrue(effectOfRule(an, "talk/claim", "supported by commentary") > 0);
    }

    @Test
    void commentingOnOnesOwnClaimCountsForNothing() {
        TestKb kb = new TestKb().speaker("ceo", Regime.BOUNDED);
        kb.claim("talk/claim", "ceo", ClaimKind.ANALYSIS, "Growth comes from new products.");
        kb.claim("talk2/c", "ceo", ClaimKind.ANALYSIS, "I was wrong.").about("talk/claim", Assessment.DISPUTES);
        assertFalse(flags(kb.analyze(), "talk/claim").contains(Flag.DISPUTED));
    }
}
