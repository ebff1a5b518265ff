package org.claimskb.rules;

import static org.claimskb.rules.Scores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.Outcome;
import org.claimskb.model.Regime;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ReportCard;
import org.junit.jupiter.api.Test;

class PredictionRulesTest {

    private static TestKb predictions() {
        TestKb kb = new TestKb().speaker("seer", Regime.BOUNDED);
        kb.claim("s/future", "seer", ClaimKind.PREDICTION, "X by mid 2026.").due("2026-06-30");
        kb.claim("s/past", "seer", ClaimKind.PREDICTION, "Y by end of 2025.").due("2025-12-31");
        kb.claim("s/yes", "seer", ClaimKind.PREDICTION, "Z by 2025.").due("2025-06-30").probability(0.8);
        kb.claim("s/no", "seer", ClaimKind.PREDICTION, "W by 2025.").due("2025-06-30").probability(0.9);
        kb.claim("s/fact", "seer", ClaimKind.FACT, "It rained 3 days.");
        kb.resolution("s/yes", Outcome.TRUE, "2025-07-01");
        kb.resolution("s/no", Outcome.FALSE, "2025-07-02");
        return kb;
    }

    @Test
    void pendingDueTrueAndFalseAsOfTheAnalysisDay() {
        Analysis a = predictions().analyze(LocalDate.of(2026, 1, 15));
        assertTrue(flags(a, "s/future").contains(Flag.PREDICTION_PENDING));
        assertFalse(flags(a, "s/future").contains(Flag.PREDICTION_DUE));
        assertTrue(flags(a, "s/past").contains(Flag.PREDICTION_DUE));
        assertFalse(flags(a, "s/past").contains(Flag.PREDICTION_PENDING));
        assertTrue(flags(a, "s/yes").contains(Flag.PREDICTION_TRUE));
        assertTrue(flags(a, "s/no").contains(Flag.PREDICTION_FALSE));
        assertFalse(flags(a, "s/yes").contains(Flag.PREDICTION_DUE));
        assertTrue(effect(a, "s/yes", Flag.PREDICTION_TRUE) > 0);
        assertTrue(effect(a, "s/no", Flag.PREDICTION_FALSE) < 0);
        assertEquals(0.0, effect(a, "s/past", Flag.PREDICTION_DUE), "no evidence is not evidence against");
        for (Flag f : new Flag[] {Flag.PREDICTION_PENDING, Flag.PREDICTION_DUE, Flag.PREDICTION_TRUE, Flag.PREDICTION_FALSE}) {
            assertFalse(flags(a, "s/fact").contains(f));
        }
    }

    @Test
    void theDueDayItselfIsStillPendingAndTheNextDayIsDue() {
        assertTrue(flags(predictions().analyze(LocalDate.of(2026, 6, 30)), "s/future").contains(Flag.PREDICTION_PENDING));
        assertTrue(flags(predictions().analyze(LocalDate.of(2026, 7, 1)), "s/future").contains(Flag.PREDICTION_DUE));
    }

    @Test
    void resolutionsDatedAfterTheAnalysisDayAreNotYetKnown() {
        Analysis a = predictions().analyze(LocalDate.of(2025, 6, 1));
        assertTrue(flags(a, "s/yes").contains(Flag.PREDICTION_PENDING));
        assertFalse(flags(a, "s/yes").contains(Flag.PREDICTION_TRUE));
    }

    @Test
    void trackRecordShiftsTheSpeakersOpenPredictions() {
        TestKb good = new TestKb().speaker("seer", Regime.BOUNDED);
        good.claim("s/open", "seer", ClaimKind.PREDICTION, "Next by 2027.").due("2027-01-01");
        good.claim("s/h1", "seer", ClaimKind.PREDICTION, "A by 2025.").due("2025-01-01");
        good.claim("s/h2", "seer", ClaimKind.PREDICTION, "B by 2025.").due("2025-01-01");
        good.resolution("s/h1", Outcome.TRUE, "2025-02-01").resolution("s/h2", Outcome.TRUE, "2025-02-01");
        TestKb bad = new TestKb().speaker("seer", Regime.BOUNDED);
        bad.claim("s/open", "seer", ClaimKind.PREDICTION, "Next by 2027.").due("2027-01-01");
        bad.claim("s/m1", "seer", ClaimKind.PREDICTION, "A by 2025.").due("2025-01-01");
        bad.resolution("s/m1", Outcome.FALSE, "2025-02-01");
        String rule = "track record: shifts the speaker's open predictions";
        assertTrue(effectOfRule(good.analyze(), "s/open", rule) > 0);
        assertTrue(effectOfRule(bad.analyze(), "s/open", rule) < 0);
        // The resolved predictions themselves are not shifted by their own record.
        assertEquals(0.0, effectOfRule(good.analyze(), "s/h1", rule));
    }

    @Test
    void reportCardCountsPredictionsAndBrier() {
        Analysis a = predictions().analyze(LocalDate.of(2026, 1, 15));
        ReportCard card = a.reportCards().get(0);
        assertEquals(1, card.predictionsDue());
        assertEquals(1, card.predictionsPending());
        assertEquals(1, card.predictionsTrue());
        assertEquals(1, card.predictionsFalse());
        // ((0.8-1)^2 + (0.9-0)^2) / 2
        assertEquals((0.04 + 0.81) / 2, card.brier(), 1e-9);
    }
}
