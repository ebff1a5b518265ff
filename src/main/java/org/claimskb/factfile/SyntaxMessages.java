package org.claimskb.factfile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parsers' complaints in plain words: no parser class names, settings or source echoes. */
final class SyntaxMessages {
    private SyntaxMessages() {}

    private static final Pattern NON_NUMERIC = Pattern.compile("Non-standard token '([^']*)'");
    private static final Pattern MALFORMED_NUMBER = Pattern.compile("Malformed numeric value '([^']*)'");
    private static final Pattern SOURCE_REF = Pattern.compile("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)\\]");

    /** A whole message for the parser's limits and number forms, or null when the message is an ordinary syntax error. */
    static String plain(String original) {
        if (original.contains("nesting depth")) {
            return "nested too deeply: more than " + FactFiles.MAX_DEPTH + " levels of lists and mappings";
        }
        if (original.contains("Number value length")) {
            return "number too large: more than 1000 digits";
        }
        if (original.contains("String value length") || original.contains("Name length")) {
            return "a text value or key is too long";
        }
        Matcher m = NON_NUMERIC.matcher(original);
        if (m.find()) {
            return notFinite(m.group(1));
        }
        m = MALFORMED_NUMBER.matcher(original);
        if (m.find()) {
            String v = m.group(1).toLowerCase(java.util.Locale.ROOT);
            return v.contains("inf") || v.contains("nan") ? notFinite(m.group(1))
                    : "malformed number " + Quote.of(m.group(1));
        }
        if (original.startsWith("special characters are not allowed")) {
            return "YAML syntax error: a control character (not a tab or line break) is not allowed in YAML text";
        }
        if (original.startsWith("Expected a field name")) {
            return "YAML syntax error: a key must be plain text, not a list or a mapping";
        }
        return null;
    }

    /** A tab where YAML wants a token (indentation, mostly) in plain words, or null for another message. */
    static String tab(String original) {
        return original.contains("\\t(TAB)") || original.contains("\t(TAB)")
                ? "a tab cannot indent YAML or start a value; indent with spaces" : null;
    }

    private static String notFinite(String value) {
        return "number too large: " + Quote.of(value) + " is not a finite number (NaN and infinity are not allowed)";
    }

    /** An ordinary syntax message with parser internals taken out. */
    static String clean(String message) {
        String m = SOURCE_REF.matcher(message).replaceAll("line $1, column $2");
        m = m.replace("start marker at", "opened at");
        m = m.replaceAll("<org\\.yaml\\.snakeyaml\\.[^>]*>", "something else");
        m = m.replaceAll("`[^`]*`", "").replaceAll("\\(\\s*\\)", "");
        if (m.contains("com.fasterxml") || m.contains("org.yaml") || m.contains("Feature")) {
            return "the text cannot be parsed here";
        }
        return Quote.elide(m.strip());
    }
}
