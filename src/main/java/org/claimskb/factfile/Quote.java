package org.claimskb.factfile;

/** Values as messages show them: on one line, and at most about 80 characters. */
public final class Quote {
    static final int MAX = 80;

    private Quote() {}

    /** {@code 'value'}, escaped to one line and elided past {@value #MAX} characters. */
    public static String of(String value) {
        return "'" + elide(oneLine(value)) + "'";
    }

    /** The text cut to {@value #MAX} characters, with how much was left out. */
    static String elide(String text) {
        if (text.length() <= MAX) {
            return text;
        }
        int cut = MAX - 1;
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut) + "… (" + text.length() + " characters)";
    }

    /** Control characters shown as escapes ({@code \n}, {@code \t}, {@code \u0007}) so the text stays on one line. */
    public static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (!control) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else if (c == '\r') {
                    out.append("\\r");
                } else if (c == '\t') {
                    out.append("\\t");
                } else {
                    out.append(String.format("\\u%04x", (int) c));
                }
            }
        }
        return out == null ? text : out.toString();
    }
}
