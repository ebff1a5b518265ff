package org.claimskb.rules;

/** Drools error messages, made to fit on one line after {@code rules/file.drl:line:}. */
final class DrlMessages {
    private DrlMessages() {}

    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "error in rule file";
        }
        String one = message.replaceAll("\\s+", " ").strip();
        // The parser repeats the position we already print in front: "[ERR 102] Line 5:10 ...".
        one = one.replaceFirst("^\\[ERR \\d+\\] Line \\d+:\\d+ ", "");
        return one.length() > 300 ? one.substring(0, 297) + "..." : one;
    }
}
