package org.claimskb.rules;

import static org.junit.jupiter.api.Assertions.*;

import org.claimskb.model.ClaimKind;
import org.claimskb.model.Position;
import org.claimskb.model.Regime;
import org.claimskb.model.SourceKind;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.Evidence;
import org.claimskb.scoring.ReportCard;
import org.claimskb.scoring.Verdict;
import org.claimskb.scoring.VerdictBand;
import org.junit.jupiter.api.Test;

class VerdictAndReportCardTest {

    private static Verdict verdict(Analysis a, String proposition) {
        return a.verdicts().stream().filter(v -> v.proposition().equals(proposition)).findFirst().orElseThrow();
    }

    @Test
    void manyCredibleIndependentClaimsForAPropositionSupportIt() {
        TestKb kb = new TestKb().proposition("p");
        for (int i = 0; i < 4; i++) {
            kb.speaker("s" + i, Regime.BOUNDED);
            kb.claim("src" + i + "/c", "s" + i, ClaimKind.FACT, "P, measured at " + i + "0%.").stance("p", Position.FOR);
        }
        Verdict v = verdict(kb.analyze(), "p");
        assertEquals(VerdictBand.SUPPORTED, v.verdict());
        assertTrue(v.score() > 0.6 && v.score() <= 1);
        assertEquals(4, v.evidenceFor().size());
        assertTrue(v.evidenceAgainst().isEmpty());
    }

    @Test
    void evenlySplitEvidenceIsContestedAndOneSidedIsRefuted() {
        TestKb kb = new TestKb().proposition("split").proposition("no");
        for (int i = 0; i < 4; i++) {
            kb.speaker("s" + i, Regime.BOUNDED);
            kb.claim("src" + i + "/c", "s" + i, ClaimKind.FACT, "Measured " + i + ".")
                    .stance("split", i % 2 == 0 ? Position.FOR : Position.AGAINST).stance("no", Position.AGAINST);
        }
        Analysis a = kb.analyze();
        assertEquals(VerdictBand.CONTESTED, verdict(a, "split").verdict());
        assertEquals(VerdictBand.REFUTED, verdict(a, "no").verdict());
        assertTrue(verdict(a, "no").score() < -0.6);
    }

    @Test
    void noOrTooLittleEvidenceIsInsufficient() {
        TestKb kb = new TestKb().proposition("empty").proposition("weak").speaker("u", Regime.UNBOUNDED);
        kb.claim("s/x", "u", ClaimKind.OPINION, "Weak is true.").stance("weak", Position.FOR);
        Analysis a = kb.analyze();
        assertEquals(VerdictBand.INSUFFICIENT_EVIDENCE, verdict(a, "empty").verdict());
        assertEquals(0.0, verdict(a, "empty").weight());
        Verdict weak = verdict(a, "weak");
        assertTrue(weak.weight() < RulesEngine.compile(TestKb.RULES, null).parameters().verdicts().weightFloor());
        assertEquals(VerdictBand.INSUFFICIENT_EVIDENCE, weak.verdict());
    }

    @Test
    void reReportsOfOneUtteranceCountOnce() {
        TestKb once = new TestKb().proposition("p").speaker("a", Regime.BOUNDED)
                .source("t", SourceKind.TRANSCRIPT, "ev", "2025-12-01");
        once.claim("t/x", "a", ClaimKind.FACT, "P at 5%.").stance("p", Position.FOR);
        TestKb thrice = new TestKb().proposition("p").speaker("a", Regime.BOUNDED)
                .source("t", SourceKind.TRANSCRIPT, "ev", "2025-12-01")
                .source("s", SourceKind.SUMMARY, "ev", "2025-12-01")
                .source("tr", SourceKind.TRANSLATION, "ev", "2025-12-01");
        thrice.claim("t/x", "a", ClaimKind.FACT, "P at 5%.").stance("p", Position.FOR);
        thrice.claim("s/x", "a", ClaimKind.FACT, "P at 5%.").stance("p", Position.FOR);
        thrice.claim("tr/x", "a", ClaimKind.FACT, "P at 5%.").stance("p", Position.FOR);
        Verdict v1 = verdict(once.analyze(), "p");
        Verdict v3 = verdict(thrice.analyze(), "p");
        assertEquals(v1.weight(), v3.weight());
        assertEquals(v1.score(), v3.score());
        assertEquals(3, v3.evidenceFor().size());
        assertEquals("t/x", v3.evidenceFor().get(0).claim(), "the speaker's own words carry the weight");
        assertEquals(2, v3.evidenceFor().stream().filter(e -> e.weight() == 0).count());
        Evidence repeat = v3.evidenceFor().get(2);
        assertTrue(repeat.why().contains("t/x"), repeat.why());
    }

    @Test
    void aClaimWithStancesOnTwoPropositionsCountsOnBoth() {
        TestKb kb = new TestKb().proposition("p").proposition("q").speaker("a", Regime.BOUNDED)
                .source("t", SourceKind.TRANSCRIPT, "ev", "2025-12-01");
        kb.claim("t/strong", "a", ClaimKind.FACT, "P at 40%.").stance("p", Position.FOR);
        kb.claim("t/both", "a", ClaimKind.OPINION, "P and Q.").stance("p", Position.FOR).stance("q", Position.FOR);
        Analysis a = kb.analyze();
        Verdict q = verdict(a, "q");
        assertEquals("t/both", q.evidenceFor().get(0).claim());
        assertTrue(q.weight() > 0, "the claim counts for q although it repeats the speaker on p");
        assertEquals(0, verdict(a, "p").evidenceFor().get(1).weight(), "on p it is a re-report of t/strong");
    }

    @Test
    void unverifiableClaimsWeighLessInVerdicts() {
        TestKb kb = new TestKb().proposition("v").proposition("u").speaker("a", Regime.BOUNDED);
        kb.claim("s1/x", "a", ClaimKind.ANALYSIS, "V, by 30%.").stance("v", Position.FOR);
        kb.claim("s2/y", "a", ClaimKind.ANALYSIS, "U, surely.").stance("u", Position.FOR);
        Analysis a = kb.analyze();
        assertTrue(verdict(a, "u").weight() < verdict(a, "v").weight());
    }

    @Test
    void speakersWithTooFewClaimsCannotBeJudgedAndCredibleProlificSpeakersGradeWell() {
        TestKb kb = new TestKb().speaker("quiet", Regime.BOUNDED).speaker("solid", Regime.BOUNDED)
                .speaker("liar", Regime.UNBOUNDED);
        kb.claim("q/1", "quiet", ClaimKind.FACT, "1 thing.");
        for (int i = 0; i < 4; i++) {
            kb.claim("a" + i + "/f", "solid", ClaimKind.STATISTIC, "Figure " + i + ".");
            kb.claim("b" + i + "/f", "liar", ClaimKind.STATISTIC, "Figure " + i + ".");
        }
        Analysis a = kb.analyze();
        ReportCard quiet = card(a, "quiet");
        ReportCard solid = card(a, "solid");
        ReportCard liar = card(a, "liar");
        assertEquals("F", quiet.grade());
        assertTrue(quiet.gradeReason().contains("cannot be judged"));
        assertEquals(4, solid.claims());
        assertEquals(4, solid.byKind().get("statistic"));
        assertEquals(4, solid.flags().get("VERIFIABLE"));
        assertTrue(solid.grade().compareTo(liar.grade()) < 0, solid.grade() + " vs " + liar.grade());
        assertTrue(solid.meanFactCredibility() > liar.meanFactCredibility());
    }

    private static ReportCard card(Analysis a, String id) {
        return a.reportCards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theTableOfNumbersIsReadFromTheRulesDirectory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path kbRoot)
            throws Exception {
        java.nio.file.Path rules = RulesEngineTest.copyRules(kbRoot);
        java.nio.file.Path table = rules.resolve("parameters.yaml");
        String text = java.nio.file.Files.readString(table);
        assertEquals(0.5, RulesEngine.compile(rules, null).parameters().verdicts().weightFloor());
        // One edited line changes the verdicts: a floor of 0 lets a single weak claim lean.
        java.nio.file.Files.writeString(table, text.replace("  weight_floor:\n    value: 0.5", "  weight_floor:\n    value: 0.0"));
        TestKb kb = new TestKb().proposition("weak").speaker("u", Regime.BOUNDED);
        kb.claim("s/x", "u", ClaimKind.FACT, "Weak is true, by 2 points.").stance("weak", Position.FOR);
        Verdict edited = RulesEngine.analyze(RulesEngine.compile(rules, null), kb.build(), TestKb.TODAY).verdicts().get(0);
        assertTrue(edited.verdict() != VerdictBand.INSUFFICIENT_EVIDENCE, edited.toString());
        // A misspelt key, a number out of range and a missing reason are each named with their line.
        java.nio.file.Files.writeString(table, text.replace("  shrinkage:", "  shrinkge:")
                .replace("value: 0.10", "value: 7").replace("    reason: Basis at or above this is A, completely reliable.\n", ""));
        RuleErrors e = org.junit.jupiter.api.Assertions.assertThrows(RuleErrors.class, () -> RulesEngine.compile(rules, null));
        String all = e.getMessage();
        assertTrue(all.contains("rules/parameters.yaml:") && all.contains("unknown key 'shrinkge'")
                && all.contains("did you mean 'shrinkage'?"), all);
        assertTrue(all.contains("'numeric_tolerance' is 7; it must lie between 0 and 1"), all);
        assertTrue(all.contains("'a' needs a reason"), all);
        assertTrue(all.contains("'shrinkage' is missing"), all);
        java.nio.file.Files.delete(table);
        e = org.junit.jupiter.api.Assertions.assertThrows(RuleErrors.class, () -> RulesEngine.compile(rules, null));
        assertTrue(e.getMessage().startsWith("rules/parameters.yaml:1:1: missing"), e.getMessage());
    }
}
