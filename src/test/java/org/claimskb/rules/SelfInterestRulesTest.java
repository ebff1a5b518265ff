package org.claimskb.rules;

import static org.claimskb.rules.Scores.*;
import static org.junit.jupiter.api.Assertions.*;

import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.Regime;
import org.claimskb.scoring.Analysis;
import org.junit.jupiter.api.Test;

class SelfInterestRulesTest {

    private static TestKb ceoKb(Regime regime) {
        return new TestKb().speaker("ceo", regime, "acme").entity("acme", null).entity("acme-chip", "acme")
                .entity("rival", null);
    }

    @Test
    void favoringOwnInterestDirectlyOrThroughPartOfIsSelfInterest() {
        TestKb kb = ceoKb(Regime.BOUNDED);
        kb.claim("s/direct", "ceo", ClaimKind.OPINION, "Acme is winning.").favors("acme");
        kb.claim("s/child", "ceo", ClaimKind.OPINION, "The Acme chip is the best.").favors("acme-chip");
        kb.claim("s/other", "ceo", ClaimKind.OPINION, "Rival is doing fine.").favors("rival");
        Analysis a = kb.analyze();
        assertTrue(flags(a, "s/direct").contains(Flag.SELF_INTEREST));
        assertTrue(flags(a, "s/child").contains(Flag.SELF_INTEREST));
        assertTrue(score(a, "s/child").findings().stream().anyMatch(f -> f.detail().contains("through acme-chip")));
        assertFalse(flags(a, "s/other").contains(Flag.SELF_INTEREST));
        assertTrue(effect(a, "s/direct", Flag.SELF_INTEREST) < 0);
    }

    @Test
    void interestInAPartDoesNotCoverTheWhole() {
        TestKb kb = new TestKb().speaker("pm", Regime.BOUNDED, "acme-chip").entity("acme", null).entity("acme-chip", "acme");
        kb.claim("s/whole", "pm", ClaimKind.OPINION, "Acme is winning.").favors("acme");
        assertFalse(flags(kb.analyze(), "s/whole").contains(Flag.SELF_INTEREST));
    }

    @Test
    void boundedSpeakerLosesLittleOnCheckableFactsAndMuchOnFraming() {
        TestKb kb = ceoKb(Regime.BOUNDED);
        kb.claim("s/fact", "ceo", ClaimKind.STATISTIC, "Acme sold 4 million chips.").favors("acme");
        kb.claim("s/opinion", "ceo", ClaimKind.OPINION, "Acme chips are the best.").favors("acme");
        Analysis a = kb.analyze();
        assertTrue(effect(a, "s/fact", Flag.SELF_INTEREST) > effect(a, "s/opinion", Flag.SELF_INTEREST));
    }

    @Test
    void unboundedSpeakerLosesMuchEvenOnFacts() {
        Analysis bounded = withFact(Regime.BOUNDED);
        Analysis unbounded = withFact(Regime.UNBOUNDED);
        assertTrue(effect(unbounded, "s/fact", Flag.SELF_INTEREST) < effect(bounded, "s/fact", Flag.SELF_INTEREST));
    }

    private static Analysis withFact(Regime regime) {
        TestKb kb = ceoKb(regime);
        kb.claim("s/fact", "ceo", ClaimKind.FACT, "Acme has 90% share.").favors("acme");
        return kb.analyze();
    }

    @Test
    void selfInterestedPredictionGetsTheForwardLookingDiscountToo() {
        TestKb kb = ceoKb(Regime.BOUNDED);
        kb.claim("s/pred", "ceo", ClaimKind.PREDICTION, "Acme will double revenue.").favors("acme").due("2027-12-31");
        kb.claim("s/neutral", "ceo", ClaimKind.PREDICTION, "The market will grow.").due("2027-12-31");
        Analysis a = kb.analyze();
        assertTrue(effectOfRule(a, "s/pred", "forward-looking bias: self-interested prediction") < 0);
        assertEquals(0.0, effectOfRule(a, "s/neutral", "forward-looking bias: self-interested prediction"));
    }

    @Test
    void admissionAgainstInterestScoresAboveTheSameSpeakersSelfServingOpinion() {
        TestKb kb = ceoKb(Regime.BOUNDED);
        kb.claim("s/admission", "ceo", ClaimKind.FACT, "We missed the Acme chip deadline by 6 months.").harms("acme-chip");
        kb.claim("s/spin", "ceo", ClaimKind.OPINION, "Acme is unbeatable.").favors("acme");
        Analysis a = kb.analyze();
        assertTrue(flags(a, "s/admission").contains(Flag.AGAINST_INTEREST));
        assertFalse(flags(a, "s/admission").contains(Flag.SELF_INTEREST));
        assertTrue(effect(a, "s/admission", Flag.AGAINST_INTEREST) > 0);
        assertTrue(credibility(a, "s/admission") > credibility(a, "s/spin"));
    }

    @Test
    void opinionAgainstInterestIsFlaggedWithoutBoost() {
        TestKb kb = ceoKb(Regime.BOUNDED);
        kb.claim("s/op", "ceo", ClaimKind.OPINION, "Our chip is a bit dull.").harms("acme-chip");
        kb.claim("s/fact", "ceo", ClaimKind.FACT, "Our chip failed 2 audits.").harms("acme-chip");
        Analysis a = kb.analyze();
        assertTrue(flags(a, "s/op").contains(Flag.AGAINST_INTEREST));
        assertEquals(0.0, effect(a, "s/op", Flag.AGAINST_INTEREST));
        assertTrue(effect(a, "s/fact", Flag.AGAINST_INTEREST) > 0);
    }

    @Test
    void harmingSomeoneElsesInterestIsNotAnAdmission() {
        TestKb kb = ceoKb(Regime.BOUNDED);
        kb.claim("s/x", "ceo", ClaimKind.FACT, "Rival lost 3 clients.").harms("rival");
        assertFalse(flags(kb.analyze(), "s/x").contains(Flag.AGAINST_INTEREST));
    }
}
