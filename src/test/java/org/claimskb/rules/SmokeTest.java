package org.claimskb.rules;

import static org.junit.jupiter.api.Assertions.*;

import org.claimskb.model.ClaimKind;
import org.claimskb.model.Position;
import org.claimskb.model.Regime;
import org.claimskb.scoring.Analysis;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void shippedRulesCompileAndScore() {
        TestKb kb = new TestKb().speaker("ceo", Regime.BOUNDED, "acme").entity("acme", null).entity("acme-chip", "acme")
                .proposition("p").speaker("critic", Regime.UNKNOWN);
        kb.claim("s1/a", "ceo", ClaimKind.OPINION, "Our chip is the best").favors("acme-chip").stance("p", Position.FOR);
        kb.claim("s2/b", "critic", ClaimKind.OPINION, "It is not").stance("p", Position.AGAINST);
        Analysis a = kb.analyze();
        a.scores().values().forEach(s -> System.out.println(s));
        a.contradictions().forEach(System.out::println);
        a.verdicts().forEach(System.out::println);
        a.reportCards().forEach(System.out::println);
        assertEquals(2, a.scores().size());
    }
}
