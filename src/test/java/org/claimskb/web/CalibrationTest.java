package org.claimskb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.claimskb.model.Outcome;
import org.junit.jupiter.api.Test;

/** The calibration chart's numbers. */
class CalibrationTest {
    @Test
    void binsAverageStatedAgainstObserved() {
        Calibration c = Calibration.of(List.of(
                new Calibration.Resolved("a", "A", 0.9, Outcome.TRUE),
                new Calibration.Resolved("b", "B", 0.85, Outcome.FALSE),
                new Calibration.Resolved("c", "C", 0.1, Outcome.PARTLY),
                new Calibration.Resolved("d", "D", 1.0, Outcome.TRUE)));
        assertEquals(4, c.points().size());
        assertEquals(2, c.bins().size(), "0.0-0.2 and 0.8-1.0");
        var low = c.bins().get(0);
        assertEquals(1, low.n());
        assertEquals(0.1, low.meanStated(), 1e-12);
        assertEquals(0.5, low.observed(), 1e-12);
        var high = c.bins().get(1);
        assertEquals(3, high.n(), "1.0 falls in the top bin");
        assertEquals((0.9 + 0.85 + 1.0) / 3, high.meanStated(), 1e-12);
        assertEquals(2.0 / 3, high.observed(), 1e-12);
        double span = Calibration.SIZE - 2 * Calibration.PAD;
        assertEquals(Calibration.PAD + high.meanStated() * span, high.x(), 1e-9);
        assertEquals(Calibration.SIZE - Calibration.PAD - high.observed() * span, high.y(), 1e-9);
        var d = c.points().get(3);
        assertEquals(Calibration.SIZE - Calibration.PAD, d.x(), 1e-9, "probability 1 at the right edge");
        assertEquals(Calibration.PAD, d.y(), 1e-9, "true at the top");
        assertNull(Calibration.of(List.of()), "no chart without data");
    }
}
