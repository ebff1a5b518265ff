package org.claimskb.rules;

import static org.claimskb.rules.Scores.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.Position;
import org.claimskb.model.Regime;
import org.claimskb.model.SourceKind;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Contradiction;
import org.claimskb.scoring.ContradictionKind;
import org.junit.jupiter.api.Test;

class ContradictionRulesTest {

    private static TestKb twoAnalysts() {
        return new TestKb().speaker("a", Regime.BOUNDED).speaker("b", Regime.BOUNDED).speaker("c", Regime.UNKNOWN)
                .proposition("p");
    }

    @Test
    void oppositeStancesAboutOverlappingTimesContradict() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.OPINION, "P is true.").stance("p", Position.FOR).when("2026");
        kb.claim("s2/y", "b", ClaimKind.OPINION, "P is false.").stance("p", Position.AGAINST).when("2026-06");
        Analysis a = kb.analyze();
        assertEquals(1, a.contradictions().size());
        Contradiction c = a.contradictions().get(0);
        assertEquals(ContradictionKind.STANCE, c.kind());
        assertEquals(List.of("s1/x", "s2/y"), c.claims());
        assertEquals(List.of("a", "b"), c.speakers());
        assertTrue(flags(a, "s1/x").contains(Flag.CONTRADICTED));
        assertTrue(flags(a, "s2/y").contains(Flag.CONTRADICTED));
    }

    @Test
    void viewsAboutDifferentYearsDoNotContradict() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.OPINION, "P is true.").stance("p", Position.FOR).when("2025");
        kb.claim("s2/y", "b", ClaimKind.OPINION, "P is false.").stance("p", Position.AGAINST).when("2027");
        Analysis a = kb.analyze();
        assertTrue(a.contradictions().isEmpty());
        assertFalse(flags(a, "s1/x").contains(Flag.CONTRADICTED));
    }

    @Test
    void anUndatedClaimOverlapsEveryTimeFrame() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.OPINION, "P is true.").stance("p", Position.FOR);
        kb.claim("s2/y", "b", ClaimKind.OPINION, "P will be false.").stance("p", Position.AGAINST).when("2027");
        kb.claim("s3/z", "c", ClaimKind.OPINION, "P is false.").stance("p", Position.AGAINST);
        kb.claim("s4/n", "a", ClaimKind.STATISTIC, "3000 lb.").quantity("rack", "weight", 3000, "lb", null);
        kb.claim("s5/m", "b", ClaimKind.STATISTIC, "3 tons.").quantity("rack", "weight", 3, "short-ton", null).when("2024");
        Analysis a = kb.analyze();
        List<List<String>> pairs = a.contradictions().stream().map(Contradiction::claims).toList();
        assertTrue(pairs.contains(List.of("s1/x", "s2/y")));
        assertTrue(pairs.contains(List.of("s1/x", "s3/z")));
        assertTrue(pairs.contains(List.of("s4/n", "s5/m")));
        Contradiction numeric = a.contradictions().stream().filter(c -> c.kind() == ContradictionKind.NUMERIC)
                .findFirst().orElseThrow();
        assertEquals("3000 lb vs 3 short-ton (6000 lb)", numeric.detail());
    }

    @Test
    void numbersAreComparedAfterUnitConversion() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/lb", "a", ClaimKind.STATISTIC, "Racks weigh 3,000 lb.").quantity("rack", "weight", 3000, "lb", null);
        kb.claim("s2/ton", "b", ClaimKind.STATISTIC, "Racks weigh 1.5 tons.").quantity("rack", "weight", 1.5, "short ton", null);
        kb.claim("s3/heavy", "c", ClaimKind.STATISTIC, "Racks weigh 6,000 lb.").quantity("rack", "weight", 6000, "lb", null);
        Analysis a = kb.analyze();
        List<List<String>> pairs = a.contradictions().stream().map(Contradiction::claims).toList();
        assertFalse(pairs.contains(List.of("s1/lb", "s2/ton")), "3000 lb and 1.5 short ton agree");
        assertTrue(pairs.contains(List.of("s1/lb", "s3/heavy")), "3000 lb and 6000 lb contradict");
        assertTrue(pairs.contains(List.of("s2/ton", "s3/heavy")));
        Contradiction c = a.contradictions().stream().filter(x -> x.claims().equals(List.of("s1/lb", "s3/heavy")))
                .findFirst().orElseThrow();
        assertEquals(ContradictionKind.NUMERIC, c.kind());
        assertEquals("rack", c.subject());
        assertEquals("weight", c.metric());
        assertEquals("3000 lb vs 6000 lb", c.detail());
    }

    @Test
    void valuesWithinTenPercentAgree() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.STATISTIC, "About 3,000 lb.").quantity("rack", "weight", 3000, "lb", null);
        kb.claim("s2/y", "b", ClaimKind.STATISTIC, "3,300 lb.").quantity("rack", "weight", 3300, "lb", null);
        kb.claim("s3/z", "c", ClaimKind.STATISTIC, "A range.").range("rack", "weight", 2800, 3000, "lb", null);
        Analysis a = kb.analyze();
        assertTrue(a.contradictions().isEmpty(), a.contradictions().toString());
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
        assertTrue(a.contradictions().isEmpty(), a.contradictions().toString());
    }

    @Test
    void aSpeakerContradictingThemselvesAcrossEventsIsASelfContradiction() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/x", "a", ClaimKind.OPINION, "P.").stance("p", Position.FOR);
        kb.claim("s2/y", "a", ClaimKind.OPINION, "Not P.").stance("p", Position.AGAINST);
        kb.claim("s1/n", "a", ClaimKind.STATISTIC, "40%.").quantity("share", "share", 40, "%", null);
        kb.claim("s2/m", "a", ClaimKind.STATISTIC, "70%.").quantity("share", "share", 70, "%", null);
        Analysis a = kb.analyze();
        assertEquals(2, a.contradictions().size());
        assertTrue(a.contradictions().stream().allMatch(c -> c.kind() == ContradictionKind.SELF));
        assertEquals(List.of("a"), a.contradictions().get(0).speakers());
        for (String id : List.of("s1/x", "s2/y", "s1/n", "s2/m")) {
            assertTrue(flags(a, id).contains(Flag.SELF_CONTRADICTION), id);
            assertFalse(flags(a, id).contains(Flag.CONTRADICTED), id);
            assertTrue(effect(a, id, Flag.SELF_CONTRADICTION) < 0);
        }
        assertEquals(2, a.reportCards().stream().filter(c -> c.id().equals("a")).findFirst().orElseThrow()
                .selfContradictions());
    }

    @Test
    void oneUtteranceReadFromTwoTextsOfOneEventIsNotASelfContradiction() {
        TestKb kb = twoAnalysts().source("transcript", SourceKind.TRANSCRIPT, "interview", "2025-12-01")
                .source("summary", SourceKind.SUMMARY, "interview", "2025-12-01");
        kb.claim("transcript/n", "a", ClaimKind.STATISTIC, "40%.").quantity("share", "share", 40, "%", null);
        kb.claim("summary/n", "a", ClaimKind.STATISTIC, "70%.").quantity("share", "share", 70, "%", null);
        assertTrue(kb.analyze().contradictions().isEmpty());
    }

    @Test
    void twoConflictingNumbersInOneTextBySameSpeakerAreASelfContradiction() {
        TestKb kb = twoAnalysts();
        kb.claim("s1/early", "a", ClaimKind.STATISTIC, "40%.").quantity("share", "share", 40, "%", null);
        kb.claim("s1/late", "a", ClaimKind.STATISTIC, "70%.").quantity("share", "share", 70, "%", null);
        Analysis a = kb.analyze();
        assertEquals(1, a.contradictions().size());
        assertEquals(ContradictionKind.SELF, a.contradictions().get(0).kind());
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
    }
}
