package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void twoSignificantDigitsBelowOneThreeAbove() {
        assertEquals("0.59", Numbers.text(0.5912));
        assertEquals("0.50", Numbers.text(0.5));
        assertEquals("0.055", Numbers.text(0.0549));
        assertEquals("1.23", Numbers.text(1.234));
        assertEquals("12.3", Numbers.text(12.34));
        assertEquals("127", Numbers.text(127.0));
        assertEquals("128", Numbers.text(127.6));
        assertEquals("-0.42", Numbers.text(-0.4249));
        assertEquals("0", Numbers.text(0));
        assertEquals("NaN", Numbers.text(Double.NaN));
    }

    @Test
    void roundsHalfUpOnTheDecimalAReaderSees() {
        assertEquals("0.16", Numbers.text(0.155));
        assertEquals("0.13", Numbers.text(0.125));
        assertEquals("2.35", Numbers.text(2.345));
    }

    @Test
    void neverInENotation() {
        assertEquals("0.0000012", Numbers.text(0.00000123));
        assertEquals("12345678901", Numbers.text(12345678901.0));
        assertEquals("1234567.9", Numbers.sig(1234567.89, 8));
    }
}
