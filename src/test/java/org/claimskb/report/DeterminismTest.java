package org.claimskb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimScore;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static <T> List<T> reversed(List<T> list) {
        var copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    @Test
    void sameInputInAnyOrderGivesTheSameBytesInEveryFormat() {
        var f = ReportFixture.plain();
        var scores = new LinkedHashMap<String, ClaimScore>();
        reversed(new ArrayList<>(f.analysis.scores().keySet())).forEach(k -> scores.put(k, f.analysis.scores().get(k)));
        var shuffledAnalysis = new Analysis(f.analysis.asOf(), scores, reversed(f.analysis.stanceDisagreements()),
                reversed(f.analysis.numericDisagreements()), reversed(f.analysis.selfContradictions()),
                reversed(f.analysis.revisions()),
                reversed(f.analysis.verdicts()), reversed(f.analysis.reportCards()), reversed(f.analysis.rules()));
        var kb = f.kb;
        var shuffledKb = new KnowledgeBase(reversed(kb.speakers()), reversed(kb.entities()), reversed(kb.propositions()),
                reversed(kb.sources()), reversed(kb.claims()), reversed(kb.resolutions()));
        Report a = ReportBuilder.build(kb, f.analysis);
        Report b = ReportBuilder.build(shuffledKb, shuffledAnalysis);
        assertEquals(a, b);
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(format.render(a), format.render(b), format.name());
            assertEquals(format.render(a), format.render(ReportBuilder.build(kb, f.analysis)), format.name());
        }
    }

    @Test
    void theOnlyDateInTheOutputIsTheAsOfDay() {
        var f = ReportFixture.plain();
        Report report = ReportBuilder.build(f.kb, f.analysis);
        String today = java.time.LocalDate.now().toString();
        for (ReportFormat format : ReportFormat.values()) {
            if (!today.equals(ReportFixture.AS_OF.toString())) {
                assertFalse(format.render(report).contains(today), format.name());
            }
        }
    }
}
