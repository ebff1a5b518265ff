package org.claimskb.rules;

import static org.claimskb.rules.Scores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.Position;
import org.claimskb.model.Regime;
import org.claimskb.model.SourceKind;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Disagreement;
import org.claimskb.scoring.DisagreementKind;
import org.claimskb.scoring.NumericDisagreement;
import org.claimskb.scoring.Revision;
import org.claimskb.scoring.Side;
import org.claimskb.scoring.StanceDisagreement;
import org.claimskb.scoring.Verdict;
import org.junit.jupiter.api.Test;

/** Disagreement groups, self-contradictions and revisions (scoring.md v2), through the shipped rules. */
class ContradictionRulesTest {

    private static TestKb twoAnalysts() {
        return new TestKb().speaker("a", Regime.BOUNDED).speaker("b", Regime.BOUNDED).speaker("c", Regime.UNKNOWN)
                .proposition("p");
    }

    private static List<List<String>> sideClaims(Disagreement d) {
        return d.sides().stream().map(Side::claimIds).map(l -> l.stream().sorted().toList()).toList();
    }

    @Test
    void oppositeStancesAboutOneYearAreOneDisagreement() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.OPINION, "P is true.").stance("p", Position.FOR).when("2026");
        kb.claim("s2/y", "b", ClaimKind.OPINION, "P is false.").stance("p", Position.AGAINST).when("2026-06");
        kb.claim("s3/z", "c", ClaimKind.OPINION, "P is false, really.").stance("p", Position.AGAINST).when("2026");
        Analysis a = kb.analyze();
        assertEquals(1, a.disagreements().size(), "one group, not two pairs");
        StanceDisagreement d = (StanceDisagreement) a.disagreements().get(0);
        assertEquals(DisagreementKind.STANCE, d.kind());
        assertEquals("p", d.proposition());
        assertEquals(2026, d.year());
        assertEquals(List.of("against", "for"), d.sides().stream().map(Side::label).toList(), "heaviest side first");
        assertEquals(List.of("b", "c", "a").stream().sorted().toList(), d.speakers().stream().sorted().toList());
        for (String id : List.of("s1/x", "s2/y", "s3/z")) {
            assertTrue(flags(a, id).contains(Flag.CONTRADICTED), id);
        }
        assertTrue(a.selfContradictions().isEmpty());
        assertTrue(a.revisions().isEmpty());
        assertEquals(2, a.rules().stream().filter(r -> r.name().equals("side total")).findFirst().orElseThrow().fired(),
                "the methodology counts firings, also of rules that record no finding: one per side");
    }

    @Test
    void viewsAboutDifferentYearsDoNotContradict() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.OPINION, "P is true.").stance("p", Position.FOR).when("2025");
        kb.claim("s2/y", "b", ClaimKind.OPINION, "P is false.").stance("p", Position.AGAINST).when("2027");
        Analysis a = kb.analyze();
        assertTrue(a.disagreements().isEmpty());
        assertFalse(flags(a, "s1/x").contains(Flag.CONTRADICTED));
    }

    @Test
    void anUndatedStanceIsAboutTheYearOfItsEvent() {
        TestKb kb = twoAnalysts().source("old", SourceKind.TRANSCRIPT, "old", "2024-03-01")
                .source("new", SourceKind.TRANSCRIPT, "new", "2026-02-01")
                .source("late", SourceKind.TRANSCRIPT, "late", "2026-09-01");
        kb.claim("old/x", "a", ClaimKind.OPINION, "P is true.").stance("p", Position.FOR);
        kb.claim("new/y", "b", ClaimKind.OPINION, "P is false.").stance("p", Position.AGAINST);
        kb.claim("late/z", "c", ClaimKind.OPINION, "P is true now.").stance("p", Position.FOR);
        Analysis a = kb.analyze(LocalDate.of(2026, 12, 1));
        assertEquals(1, a.disagreements().size(), "the 2024 view does not collide with the 2026 views");
        assertEquals(2026, a.disagreements().get(0).year());
        assertEquals(List.of(List.of("late/z"), List.of("new/y")).stream().sorted(java.util.Comparator.comparing(Object::toString)).toList(),
                sideClaims(a.disagreements().get(0)).stream().sorted(java.util.Comparator.comparing(Object::toString)).toList());
        assertFalse(flags(a, "old/x").contains(Flag.CONTRADICTED));
    }

    @Test
    void aStandingQuantityIsComparedInEveryYearOfItsKey() {
        TestKb kb = twoAnalysts();
        kb.claim("s4/n", "a", ClaimKind.STATISTIC, "3000 lb.").quantity("rack", "weight", 3000, "lb", null);
        kb.claim("s5/m", "b", ClaimKind.STATISTIC, "3 tons.").quantity("rack", "weight", 3, "short-ton", null).when("2024");
        Analysis a = kb.analyze();
        assertEquals(1, a.disagreements().size());
        NumericDisagreement d = (NumericDisagreement) a.disagreements().get(0);
        assertEquals(2024, d.year());
        assertEquals("rack", d.subject());
        assertEquals("weight", d.metric());
        assertEquals(List.of("3 short-ton", "3000 lb"), d.sides().stream().map(Side::label).sorted().toList());
    }

    @Test
    void valuesAreClusteredAfterUnitConversion() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/lb", "a", ClaimKind.STATISTIC, "Racks weigh 3,000 lb.").quantity("rack", "weight", 3000, "lb", null);
        kb.claim("s2/ton", "b", ClaimKind.STATISTIC, "Racks weigh 1.5 tons.").quantity("rack", "weight", 1.5, "short ton", null);
        kb.claim("s3/heavy", "c", ClaimKind.STATISTIC, "Racks weigh 6,000 lb.").quantity("rack", "weight", 6000, "lb", null);
        Analysis a = kb.analyze();
        assertEquals(1, a.disagreements().size());
        Disagreement d = a.disagreements().get(0);
        assertTrue(sideClaims(d).contains(List.of("s1/lb", "s2/ton")), "3000 lb and 1.5 short ton agree: one side");
        assertTrue(sideClaims(d).contains(List.of("s3/heavy")));
        assertTrue(flags(a, "s1/lb").contains(Flag.CORROBORATED), "agreeing values from independent events corroborate");
        assertTrue(flags(a, "s3/heavy").contains(Flag.CONTRADICTED));
        assertTrue(d.detail().contains("6000 lb") && d.detail().contains("3000 lb"), d.detail());
    }

    @Test
    void valuesWithinTenPercentAgree() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.STATISTIC, "About 3,000 lb.").quantity("rack", "weight", 3000, "lb", null);
        kb.claim("s2/y", "b", ClaimKind.STATISTIC, "3,300 lb.").quantity("rack", "weight", 3300, "lb", null);
        kb.claim("s3/z", "c", ClaimKind.STATISTIC, "A range.").range("rack", "weight", 2800, 3000, "lb", null);
        Analysis a = kb.analyze();
        assertTrue(a.disagreements().isEmpty(), a.disagreements().toString());
    }

    @Test
    void differentScopesSubjectsMetricsAndYearsDoNotContradict() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.STATISTIC, "100 MW.").quantity("dc", "power", 100, "MW", "phase 1");
        kb.claim("s2/y", "b", ClaimKind.STATISTIC, "1 GW.").quantity("dc", "power", 1, "GW", "full build-out");
        kb.claim("s3/z", "c", ClaimKind.STATISTIC, "1 GW.").quantity("dc", "power", 1, "GW", null);
        kb.claim("s4/u", "a", ClaimKind.STATISTIC, "Revenue 10B in 2024.").quantity("acme", "revenue", 10, "USD-B", null).when("2024");
        kb.claim("s5/v", "b", ClaimKind.STATISTIC, "Revenue 20B in 2025.").quantity("acme", "revenue", 20, "USD-B", null).when("2025");
        kb.claim("s6/w", "c", ClaimKind.STATISTIC, "Profit 20B.").quantity("acme", "profit", 20, "USD-B", null).when("2024");
        Analysis a = kb.analyze();
        assertTrue(a.disagreements().isEmpty(), a.disagreements().toString());
    }

    @Test
    void aSpeakerOnBothSidesAtEventsOfOneDateContradictsThemselves() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.OPINION, "P.").stance("p", Position.FOR);
        kb.claim("s2/y", "a", ClaimKind.OPINION, "Not P.").stance("p", Position.AGAINST);
        kb.claim("s1/n", "a", ClaimKind.STATISTIC, "40%.").quantity("share", "share", 40, "%", null);
        kb.claim("s2/m", "a", ClaimKind.STATISTIC, "70%.").quantity("share", "share", 70, "%", null);
        Analysis a = kb.analyze();
        assertTrue(a.disagreements().isEmpty(), "one speaker alone is no disagreement");
        assertEquals(2, a.selfContradictions().size());
        assertEquals("a", a.selfContradictions().get(0).speaker());
        for (String id : List.of("s1/x", "s2/y", "s1/n", "s2/m")) {
            assertTrue(flags(a, id).contains(Flag.SELF_CONTRADICTION), id);
            assertFalse(flags(a, id).contains(Flag.CONTRADICTED), id);
            assertTrue(effect(a, id, Flag.SELF_CONTRADICTION) < 0);
        }
        assertEquals(2, a.reportCards().stream().filter(c -> c.id().equals("a")).findFirst().orElseThrow()
                .selfContradictions());
        assertTrue(a.revisions().isEmpty(), "one date: not a change of view");
    }

    @Test
    void oneUtteranceReadFromTwoTextsOfOneEventIsNotASelfContradiction() {
        TestKb kb = twoAnalysts().source("transcript", SourceKind.TRANSCRIPT, "interview", "2025-12-01")
                .source("summary", SourceKind.SUMMARY, "interview", "2025-12-01");
        kb.claim("transcript/n", "a", ClaimKind.STATISTIC, "40%.").quantity("share", "share", 40, "%", null);
        kb.claim("summary/n", "a", ClaimKind.STATISTIC, "70%.").quantity("share", "share", 70, "%", null);
        Analysis a = kb.analyze();
        assertTrue(a.selfContradictions().isEmpty());
        assertTrue(a.revisions().isEmpty());
        assertFalse(flags(a, "summary/n").contains(Flag.SELF_CONTRADICTION));
    }

    @Test
    void twoConflictingNumbersInOneTextBySameSpeakerAreASelfContradiction() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/early", "a", ClaimKind.STATISTIC, "40%.").quantity("share", "share", 40, "%", null);
        kb.claim("s1/late", "a", ClaimKind.STATISTIC, "70%.").quantity("share", "share", 70, "%", null);
        Analysis a = kb.analyze();
        assertEquals(1, a.selfContradictions().size());
        assertEquals(DisagreementKind.NUMERIC, a.selfContradictions().get(0).kind());
    }

    @Test
    void aChangeOfViewAcrossYearsIsARevisionNotAContradiction() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/now", "a", ClaimKind.OPINION, "P holds now.").stance("p", Position.FOR).when("2025");
        kb.claim("s1/later", "a", ClaimKind.PREDICTION, "P will not hold next year.").stance("p", Position.AGAINST)
                .when("2026");
        Analysis a = kb.analyze();
        assertTrue(a.disagreements().isEmpty());
        assertTrue(a.selfContradictions().isEmpty());
        assertEquals(1, a.revisions().size());
        Revision r = a.revisions().get(0);
        assertEquals("a", r.speaker());
        assertEquals("p", r.about());
        assertEquals("s1/now", r.from().claim());
        assertEquals("for", r.from().position());
        assertEquals("2025", r.from().when());
        assertEquals("s1/later", r.to().claim());
        assertEquals("against", r.to().position());
        for (String id : List.of("s1/now", "s1/later")) {
            assertFalse(flags(a, id).contains(Flag.SELF_CONTRADICTION), id);
        }
    }

    @Test
    void aLaterEventReJudgingTheSameYearIsARevision() {
        TestKb kb = twoAnalysts().source("jan", SourceKind.TRANSCRIPT, "jan", "2026-01-10")
                .source("nov", SourceKind.TRANSCRIPT, "nov", "2026-11-10");
        kb.claim("jan/x", "a", ClaimKind.OPINION, "P this year.").stance("p", Position.FOR);
        kb.claim("nov/y", "a", ClaimKind.OPINION, "Not P this year after all.").stance("p", Position.AGAINST);
        kb.claim("nov/z", "b", ClaimKind.OPINION, "P this year.").stance("p", Position.FOR);
        Analysis a = kb.analyze(LocalDate.of(2026, 12, 1));
        assertEquals(1, a.revisions().size());
        assertTrue(a.selfContradictions().isEmpty());
        Verdict v = a.verdicts().get(0);
        assertEquals(0, v.evidenceFor().stream().filter(e -> e.claim().equals("jan/x")).findFirst().orElseThrow().weight(),
                "the speaker's latest view of the year counts, the earlier one is superseded");
    }

    @Test
    void aReportCardCountsTheLatestViewOfATimeFrameAndListsQuestionsWithoutGradingThem() {
        TestKb kb = twoAnalysts().source("jan", SourceKind.TRANSCRIPT, "jan", "2026-01-10")
                .source("nov", SourceKind.TRANSCRIPT, "nov", "2026-11-10");
        kb.claim("jan/x", "a", ClaimKind.OPINION, "P this year.").stance("p", Position.FOR);
        kb.claim("nov/y", "a", ClaimKind.OPINION, "Not P this year after all.").stance("p", Position.AGAINST);
        kb.claim("nov/q", "a", ClaimKind.QUESTION, "Will P hold?");
        kb.claim("nov/z", "b", ClaimKind.OPINION, "P this year.").stance("p", Position.FOR);
        Analysis a = kb.analyze(LocalDate.of(2026, 12, 1));
        var card = a.reportCards().stream().filter(c -> c.id().equals("a")).findFirst().orElseThrow();
        assertEquals(3, card.claims(), "every reviewed claim is listed");
        assertEquals(1, card.byKind().get("question"));
        assertEquals(2, card.byKind().get("opinion"));
        assertEquals(a.scores().get("nov/y").credibility(), card.meanCredibility(), 1e-9,
                "the superseded January view and the question are not graded: the mean is the November view's");
    }

    @Test
    void aViewOfAnEarlierYearStillCountsOnTheReportCard() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/now", "a", ClaimKind.OPINION, "P holds now.").stance("p", Position.FOR).when("2025");
        kb.claim("s1/later", "a", ClaimKind.PREDICTION, "P will not hold next year.").stance("p", Position.AGAINST)
                .when("2026");
        Analysis a = kb.analyze();
        var card = a.reportCards().stream().filter(c -> c.id().equals("a")).findFirst().orElseThrow();
        double mean = (a.scores().get("s1/now").credibility() + a.scores().get("s1/later").credibility()) / 2;
        assertEquals(mean, card.meanCredibility(), 1e-9);
    }

    @Test
    void tenClaimsOfOneSpeakerInOneInterviewAreOneVoice() {
        TestKb one = twoAnalysts();
        one.claim("s1/x", "a", ClaimKind.STATISTIC, "3000 lb.").quantity("rack", "weight", 3000, "lb", null);
        one.claim("s2/y", "b", ClaimKind.STATISTIC, "6000 lb.").quantity("rack", "weight", 6000, "lb", null);
        TestKb ten = twoAnalysts();
        ten.claim("s1/x", "a", ClaimKind.STATISTIC, "3000 lb.").quantity("rack", "weight", 3000, "lb", null);
        for (int i = 0; i < 10; i++) {
            ten.claim("s2/y" + i, "b", ClaimKind.STATISTIC, "6000 lb.").quantity("rack", "weight", 6000, "lb", null);
        }
        assertEquals(effect(one.analyze(), "s1/x", Flag.CONTRADICTED), effect(ten.analyze(), "s1/x", Flag.CONTRADICTED),
                1e-9);
    }

    @Test
    void questionsArgueNothing() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/q", "a", ClaimKind.QUESTION, "Isn't P false?").stance("p", Position.AGAINST);
        kb.claim("s2/y", "b", ClaimKind.OPINION, "P is true.").stance("p", Position.FOR);
        Analysis a = kb.analyze();
        assertTrue(a.disagreements().isEmpty(), "a question is in no group");
        assertTrue(score(a, "s1/q").findings().isEmpty(), "no rule weighs a question");
        assertFalse(flags(a, "s2/y").contains(Flag.CONTRADICTED));
        assertTrue(a.verdicts().get(0).evidenceAgainst().isEmpty(), "a question is never evidence");
    }

    @Test
    void contradictionCostsInProportionToTheOtherSidesBaseCredibility() {
        TestKb kb = new TestKb().speaker("a", Regime.UNKNOWN).speaker("strong", Regime.BOUNDED)
                .speaker("weak", Regime.UNBOUNDED);
        kb.claim("s1/x", "a", ClaimKind.STATISTIC, "3000 lb.").quantity("rack", "weight", 3000, "lb", null);
        kb.claim("s2/y", "strong", ClaimKind.STATISTIC, "6000 lb.").quantity("rack", "weight", 6000, "lb", null);
        kb.claim("s3/u", "a", ClaimKind.STATISTIC, "3000 kg.").quantity("crate", "weight", 3000, "kg", null);
        kb.claim("s4/v", "weak", ClaimKind.STATISTIC, "9000 kg.").quantity("crate", "weight", 9000, "kg", null);
        Analysis a = kb.analyze();
        double byStrong = effect(a, "s1/x", Flag.CONTRADICTED);
        double byWeak = effect(a, "s3/u", Flag.CONTRADICTED);
        assertTrue(byStrong < byWeak && byWeak < 0, byStrong + " vs " + byWeak);
        // The weight is applied to the contradicting claim's score before contradiction effects.
        ClaimScore strong = score(a, "s2/y");
        double strongBase = ClaimScore.sigmoid(strong.prior() + strong.findings().stream()
                .filter(f -> f.flag() != Flag.CONTRADICTED).mapToDouble(f -> f.effect()).sum());
        double weight = a.rules().stream().filter(r -> r.name().equals("contradicted by other speakers")).findFirst()
                .orElseThrow().weight();
        assertEquals(Findings.round(weight * strongBase), byStrong, 1e-9);
        assertEquals(Findings.round(strongBase), a.disagreements().stream().filter(d -> d.about().contains("rack"))
                .findFirst().orElseThrow().sides().stream().filter(s -> s.speakers().equals(List.of("strong")))
                .findFirst().orElseThrow().weight(), 1e-9, "a side weighs its utterances' base credibility");
    }

    @Test
    void commentaryAndArticlesAreFirstHandForTheirAuthorOnly() {
        TestKb kb = twoAnalysts().source("post", SourceKind.COMMENTARY, "post", "2026-03-01", "c")
                .source("plain", SourceKind.ARTICLE, "plain", "2026-03-02");
        kb.claim("post/own", "c", ClaimKind.ANALYSIS, "My view.");
        kb.claim("post/quoted", "a", ClaimKind.STATISTIC, "A's figure, as the post reports it: 50%.");
        kb.claim("plain/x", "b", ClaimKind.STATISTIC, "An article with no author: 40%.");
        Analysis a = kb.analyze();
        assertFalse(flags(a, "post/own").contains(Flag.SECONDHAND));
        assertTrue(flags(a, "post/quoted").contains(Flag.SECONDHAND));
        assertTrue(score(a, "post/quoted").findings().stream().anyMatch(f -> f.detail().contains("by c")));
        assertFalse(flags(a, "plain/x").contains(Flag.SECONDHAND), "no author named: read as the speakers' own text");
    }

    @Test
    void verdictsAreForTheLatestYearWithATimeline() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.FACT, "P in 2025.").stance("p", Position.FOR).when("2025");
        kb.claim("s2/y", "b", ClaimKind.FACT, "P in 2025, yes.").stance("p", Position.FOR).when("2025");
        kb.claim("s3/z", "c", ClaimKind.FACT, "Not P in 2026.").stance("p", Position.AGAINST).when("2026");
        Verdict v = kb.analyze(LocalDate.of(2026, 6, 1)).verdicts().get(0);
        assertEquals(2026, v.year());
        assertEquals(List.of(2025, 2026), v.timeline().stream().map(Verdict.YearVerdict::year).toList());
        assertTrue(v.evidenceFor().isEmpty());
        assertTrue(v.timeline().get(0).score() > 0 && v.timeline().get(1).score() < 0);
        Verdict before = kb.analyze(LocalDate.of(2025, 12, 15)).verdicts().get(0);
        assertEquals(2025, before.year(), "as of 2025 the 2026 evidence is about a year still to come");
    }
}
