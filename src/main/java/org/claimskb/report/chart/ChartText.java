package org.claimskb.report.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * What the layouts do with words: keep them to characters XML allows, estimate how wide they are
 * drawn, and shorten or wrap them to fit. Escaping is not done here: the templates do it.
 */
final class ChartText {

    private ChartText() {}

    /**
     * The text without the characters XML 1.0 forbids (control characters, lone surrogates,
     * U+FFFE/U+FFFF), so one stray byte in a fact file cannot make a chart ill-formed; null stays null.
     */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        var out = new StringBuilder(text.length());
        text.codePoints().filter(ChartText::allowedInXml).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowedInXml(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
    }

    /**
     * A generous estimate of how wide text is drawn in the report's sans-serif font: wide (CJK)
     * characters count a full em, others about 0.62 em (0.66 bold). Used only to make room.
     */
    static double textWidth(String text, double fontSize, boolean bold) {
        double ems = text.codePoints().mapToDouble(cp -> Character.isIdeographic(cp)
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.KATAKANA
                || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL
                || (cp >= 0xFF00 && cp <= 0xFFEF) ? 1.0 : bold ? 0.66 : 0.62).sum();
        return ems * fontSize;
    }

    /** Shortens text to {@code max} code points with an ellipsis, on one line; the full text goes in a tooltip. */
    static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        String oneLine = text.replaceAll("\\s+", " ").strip();
        if (oneLine.codePointCount(0, oneLine.length()) <= max) {
            return oneLine;
        }
        return oneLine.substring(0, oneLine.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }

    /** The text, cut with an ellipsis where needed so that {@link #textWidth} says it fits {@code maxWidth}. */
    static String fit(String text, double maxWidth, double fontSize, boolean bold) {
        String oneLine = truncate(text, Integer.MAX_VALUE);
        int length = oneLine.codePointCount(0, oneLine.length());
        String result = oneLine;
        while (length > 1 && textWidth(result, fontSize, bold) > maxWidth) {
            result = truncate(oneLine, --length);
        }
        return result;
    }

    /** Words onto at most {@code lines} lines of about {@code width} code points; the rest is cut with an ellipsis. */
    static List<String> wrap(String text, int width, int lines) {
        String rest = truncate(text, Integer.MAX_VALUE);
        var out = new ArrayList<String>();
        while (!rest.isEmpty() && out.size() < lines - 1 && rest.codePointCount(0, rest.length()) > width) {
            int cut = rest.lastIndexOf(' ', rest.offsetByCodePoints(0, width));
            if (cut <= 0) {
                break;
            }
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut + 1);
        }
        out.add(truncate(rest, width));
        return out;
    }

    /** Up to two initials of a name, for a node's circle. */
    static String initials(String name) {
        var result = new StringBuilder();
        for (String word : name.trim().split("[\\s\\-]+")) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)) && result.length() < 4) {
                result.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        String s = result.toString();
        return s.codePointCount(0, s.length()) > 2 ? s.substring(0, s.offsetByCodePoints(0, 2)) : s;
    }
}
