package org.claimskb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.claimskb.model.Flag;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Finding;
import org.junit.jupiter.api.Test;

/** The waterfall's geometry, by numbers. */
class WaterfallTest {
    @Test
    void barsRunFromThePriorThroughEachEffectToTheTotal() {
        var score = new ClaimScore("s/c", 0.5, "bounded speaker, statistic", List.of(
                new Finding("s/c", "verifiable", Flag.VERIFIABLE, 1.0, "a number"),
                new Finding("s/c", "self-interest", Flag.SELF_INTEREST, -2.0, "CEO"),
                new Finding("s/c", "note", Flag.SECONDHAND, 0.0, "informs only")), ClaimScore.sigmoid(-0.5), Set.of());
        Waterfall w = Waterfall.of(score);
        assertEquals(4, w.bars().size(), "prior, two effects, total; the zero effect is a note");
        assertEquals(1, w.notes().size());
        assertEquals(-0.5, w.total(), 1e-12);
        assertEquals(1 / (1 + Math.exp(0.5)), w.credibility(), 1e-12);
        assertEquals(-0.5, w.min(), 1e-12);
        assertEquals(1.5, w.max(), 1e-12);
        double plot = Waterfall.WIDTH - Waterfall.LABEL - 2 * Waterfall.PAD - Waterfall.VALUE;
        double scale = plot / 2.0;
        double left = Waterfall.LABEL + Waterfall.PAD;
        assertEquals(left + 0.5 * scale, w.zeroX(), 1e-9, "log-odds 0");
        var prior = w.bars().get(0);
        assertEquals(0, prior.from(), 1e-12);
        assertEquals(0.5, prior.to(), 1e-12);
        assertEquals(w.zeroX(), prior.x(), 1e-9);
        assertEquals(0.5 * scale, prior.w(), 1e-9);
        var up = w.bars().get(1);
        assertEquals("up", up.kind());
        assertEquals(0.5, up.from(), 1e-12);
        assertEquals(1.5, up.to(), 1e-12);
        assertEquals(left + 1.0 * scale, up.x(), 1e-9);
        assertEquals("+1.00", up.effect());
        assertEquals(Waterfall.WIDTH - Waterfall.PAD, up.valueX(), 1e-9, "effects in a column right of every bar");
        assertEquals(Waterfall.LABEL + Waterfall.PAD + plot, left + 2.0 * scale, 1e-9, "the widest bar ends before that column");
        var down = w.bars().get(2);
        assertEquals("down", down.kind());
        assertEquals(1.5, down.from(), 1e-12);
        assertEquals(-0.5, down.to(), 1e-12);
        assertEquals(left, down.x(), 1e-9, "starts at the left edge, the minimum");
        assertEquals(2.0 * scale, down.w(), 1e-9);
        assertEquals("-2.00", down.effect());
        var total = w.bars().get(3);
        assertEquals("total", total.kind());
        assertEquals(left, total.x(), 1e-9);
        assertEquals(0.5 * scale, total.w(), 1e-9);
        assertEquals(Waterfall.PAD + 3 * Waterfall.ROW, total.y(), 1e-9);
        assertEquals(2 * Waterfall.PAD + 4 * Waterfall.ROW, w.height());
    }
}
