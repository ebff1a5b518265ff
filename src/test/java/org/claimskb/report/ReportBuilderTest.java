package org.claimskb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.report.Report.ClaimRef;
import org.claimskb.report.Report.EvidenceItem;
import org.claimskb.report.Report.PredictionItem;
import org.claimskb.report.Report.SpeakerCard;
import org.claimskb.report.Report.VerdictSection;
import org.claimskb.scoring.Analysis;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    private final Report report = ReportBuilder.build(ReportFixture.plain().kb, ReportFixture.plain().analysis);

    @Test
    void summaryCountsWhatTheKnowledgeBaseHoldsAndAsOfWhen() {
        var s = report.summary();
        assertEquals("2026-03-01", s.asOf());
        assertEquals(11, s.claims());
        assertEquals(1, s.draftClaims());
        assertEquals(10, s.reviewedClaims());
        assertEquals(4, s.speakers());
        assertEquals(3, s.sources());
        assertEquals(3, s.events(), "a source without an event is an event of its own");
        assertEquals("2025-11-20", s.firstEvent());
        assertEquals("2026-01", s.lastEvent());
        assertEquals(3, s.contradictions());
        assertEquals(1, s.selfContradictions());
        assertEquals(List.of("supported", "leans-supported", "contested", "leans-refuted", "refuted",
                "insufficient-evidence"), s.verdictBands().stream().map(Report.BandCount::band).toList());
        assertEquals(1, s.verdictBands().get(1).count());
        assertTrue(s.keyFindings().getFirst().startsWith("The knowledge base holds 11 claims (1 draft, not counted)"),
                s.keyFindings().getFirst());
        assertTrue(s.keyFindings().stream().anyMatch(f -> f.startsWith("Best supported: \u201cGoogle is the lowest-cost")),
                s.keyFindings().toString());
    }

    @Test
    void verdictsAreHeaviestFirstWithEvidenceOrderedByWeightAndExplained() {
        assertEquals(List.of("google-lowest-cost", "scaling-holds"),
                report.verdicts().stream().map(VerdictSection::proposition).toList());
        VerdictSection v = report.verdicts().getFirst();
        assertEquals("leans-supported", v.verdict());
        assertEquals("Leans supported", v.verdictLabel());
        assertEquals(List.of("patel-notes-2025/tpu-cost", "baker-iltb-2025/google-cheapest"),
                v.evidenceFor().stream().map(e -> e.claim().id()).toList());
        assertEquals(0.73 + 0.44, v.weightFor(), 1e-9);
        assertEquals(0.15, v.weightAgainst(), 1e-9);
        EvidenceItem top = v.strongestFor().getFirst();
        assertEquals("for", top.position());
        assertEquals("credibility 0.73 x 1.0 (verifiable fact)", top.why());
        assertEquals(0.5, top.breakdown().prior());
        assertEquals("corroborated", top.breakdown().findings().getFirst().rule());
        assertEquals("Dylan Patel", top.claim().speakerName());
        assertEquals("SemiAnalysis notes", top.claim().sourceTitle());
    }

    @Test
    void breakdownListsTheLargestEffectFirstAndKeepsInformationalFlags() {
        EvidenceItem against = report.verdicts().getFirst().evidenceAgainst().getFirst();
        assertEquals("self-interest-framing", against.breakdown().findings().getFirst().rule());
        var rack = new ReportBuilderAccess(report).claimFindings("baker-iltb-2025/rack-weight");
        assertEquals(List.of("numeric-contradiction", "secondhand", "verifiable"), rack);
    }

    @Test
    void contradictionsSayWhatTheyAreAboutInWords() {
        var items = report.contradictions();
        assertEquals(List.of("stance", "numeric", "self"), items.stream().map(Report.ContradictionItem::kind).toList());
        assertEquals("Google is the lowest-cost producer of AI tokens. (2025)", items.get(0).on(), "with its year");
        assertEquals("weight of Blackwell rack", items.get(1).on());
        assertEquals(List.of("baker-iltb-2025/rack-weight", "patel-notes-2025/rack-weight"),
                items.get(1).claims().stream().map(ClaimRef::id).toList(), "each side's strongest claim, heaviest side first");
        assertEquals(List.of("gavin-baker", "dylan-patel"), items.get(1).speakers());
        assertEquals(List.of("Gavin Baker", "Dylan Patel"), items.get(1).speakerNames());
        assertTrue(items.get(1).detail().contains("3000 lb: Gavin Baker"), items.get(1).detail());
    }

    @Test
    void speakerCardsAreOrderedByGradeWithFLastAndCarryInterests() {
        assertEquals(List.of("gavin-baker", "dylan-patel", "jensen-huang", "elon-musk"),
                report.speakers().stream().map(SpeakerCard::id).toList());
        SpeakerCard huang = report.speakers().get(2);
        assertEquals("Fairly reliable", huang.gradeLabel());
        assertEquals("Co-founder and CEO, NVIDIA", huang.role());
        assertEquals("NVIDIA", huang.interests().getFirst().entityName());
        assertEquals("executive", huang.interests().getFirst().kind());
        assertEquals(List.of("prediction", "opinion"), huang.byKind().stream().map(Report.Count::name).toList(),
                "kinds in the contract's order");
        SpeakerCard patel = report.speakers().get(1);
        assertEquals(new Report.TrackRecord(1, 0, 1, 0, 0.36), patel.trackRecord());
        assertEquals("Cannot be judged", report.speakers().get(3).gradeLabel());
    }

    @Test
    void interestHighlightsComeFromTheFindings() {
        var self = report.interests().selfInterest();
        assertEquals(List.of("huang-pod-2026/gpu-cheapest", "huang-pod-2026/scaling"),
                self.stream().map(h -> h.claim().id()).toList(), "largest effect first");
        assertEquals("favors NVIDIA, where the speaker is executive", self.getFirst().detail());
        assertEquals(List.of("baker-iltb-2025/google-cheapest"),
                report.interests().againstInterest().stream().map(h -> h.claim().id()).toList());
    }

    @Test
    void predictionsAreSplitByWhereTheyStandOnTheAsOfDay() {
        var p = report.predictions();
        assertEquals(List.of("huang-pod-2026/musk-agi-2025"), p.due().stream().map(i -> i.claim().id()).toList());
        assertEquals(List.of("huang-pod-2026/scaling"), p.pending().stream().map(i -> i.claim().id()).toList());
        PredictionItem resolved = p.resolved().getFirst();
        assertEquals("false", resolved.status());
        assertEquals("2026-01-15", resolved.resolvedOn());
        assertEquals(0.6, resolved.probability());
    }

    @Test
    void theSamePredictionIsPendingBeforeItsDueDate() {
        var fixture = ReportFixture.plain();
        var earlier = new Analysis(LocalDate.of(2025, 6, 1), fixture.analysis.scores(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        var p = ReportBuilder.build(fixture.kb, earlier).predictions();
        assertTrue(p.due().isEmpty());
        assertTrue(p.pending().stream().anyMatch(i -> i.claim().id().equals("huang-pod-2026/musk-agi-2025")));
    }

    @Test
    void methodologyIsGeneratedFromTheRulesWithHowOftenEachFired() {
        var rules = report.methodology().rules();
        assertEquals(List.of("rules/contradiction.drl", "rules/contradiction.drl", "rules/interest.drl",
                "rules/interest.drl", "rules/priors.drl"), rules.stream().map(Report.RuleItem::file).toList());
        var numeric = rules.getFirst();
        assertEquals("numeric-contradiction", numeric.name());
        assertNull(numeric.weight());
        assertEquals(2, numeric.fired());
        assertEquals(-0.5, rules.get(1).weight());
        assertEquals(2, rules.get(1).fired());
        var regimes = report.methodology().regimes();
        assertEquals(List.of("bounded", "unbounded", "unknown"), regimes.stream().map(Report.RegimeItem::regime).toList());
        assertEquals(List.of("Gavin Baker", "Jensen Huang"), regimes.getFirst().speakers());
        assertEquals(4, report.methodology().principles().size());
    }

    @Test
    void claimsWithoutScoresAndAnEmptyKnowledgeBaseStillMakeAReport() {
        var fixture = ReportFixture.plain();
        var bare = new Analysis(ReportFixture.AS_OF, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        Report r = ReportBuilder.build(fixture.kb, bare);
        assertEquals(4, r.speakers().size(), "speakers without report cards still listed");
        assertTrue(r.speakers().stream().allMatch(c -> c.grade().equals("F")));
        assertNull(r.predictions().pending().getFirst().claim().credibility());
        Report empty = ReportBuilder.build(KnowledgeBase.empty(), bare);
        assertEquals(0, empty.summary().claims());
        assertNull(empty.summary().firstEvent());
        assertTrue(empty.summary().keyFindings().getFirst().startsWith("The knowledge base holds 0 claims"));
    }

    /** Reads the breakdown the report shows for any claim cited as evidence. */
    private record ReportBuilderAccess(Report report) {
        List<String> claimFindings(String claimId) {
            var fixture = ReportFixture.plain();
            var withRack = new Analysis(fixture.analysis.asOf(), fixture.analysis.scores(), List.of(), List.of(), List.of(), List.of(),
                    List.of(new org.claimskb.scoring.Verdict("p", "s", org.claimskb.scoring.VerdictBand.CONTESTED, 0, 1,
                            List.of(new org.claimskb.scoring.Evidence(claimId, org.claimskb.model.Position.FOR, 0.5, 0.5, "w")),
                            List.of())),
                    List.of(), List.of());
            return ReportBuilder.build(fixture.kb, withRack).verdicts().getFirst().evidenceFor().getFirst()
                    .breakdown().findings().stream().map(Report.FindingItem::rule).toList();
        }
    }
}
