package org.claimskb.index;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimskb.factfile.Quote;

/**
 * Why a search query cannot be read, in plain words pointing at the character (cli.md v2): never
 * the query parser's own message, its token names or lexical states. Character positions count
 * from 1, as a reader counts.
 */
final class QuerySyntax {
    private QuerySyntax() {}

    private static final String HINT = " (put special characters such as : ( ) [ ] { } \" ~ ^ / in \"quotes\" or escape them with \\)";
    private static final Pattern COLUMN = Pattern.compile("at line \\d+, column (\\d+)");
    private static final Pattern OPERATOR = Pattern.compile("(?<![^\\s(])(AND|OR|NOT|&&|\\|\\||[+-])(?=\\s*\\)?\\s*$)");
    private static final Pattern LEADING = Pattern.compile("^\\s*(AND|OR|&&|\\|\\|)(?=\\s|$)");

    /** One line: what is wrong and where, for the query the parser refused with {@code parserMessage}. */
    static String explain(String query, String parserMessage) {
        return "bad query syntax in " + Quote.of(query) + ": " + problem(query, parserMessage == null ? "" : parserMessage) + HINT;
    }

    private static String problem(String q, String parserMessage) {
        // Quotes, parentheses and brackets, scanned as the parser reads them (\ escapes the next character).
        Deque<Integer> open = new ArrayDeque<>();
        Deque<Character> kinds = new ArrayDeque<>();
        int quote = -1;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (quote >= 0) {
                if (c == '"') quote = -1;
                continue;
            }
            switch (c) {
                case '"' -> quote = i;
                case '(', '[', '{' -> {
                    open.push(i);
                    kinds.push(c);
                }
                case ')', ']', '}' -> {
                    char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (kinds.isEmpty()) {
                        return "'" + c + "' at character " + (i + 1) + " closes nothing";
                    }
                    if (kinds.peek() != want && !(kinds.peek() == '[' && c == '}') && !(kinds.peek() == '{' && c == ']')) {
                        return "'" + c + "' at character " + (i + 1) + " does not match the '" + kinds.peek()
                                + "' at character " + (open.peek() + 1);
                    }
                    open.pop();
                    kinds.pop();
                }
                default -> { }
            }
        }
        if (quote >= 0) {
            return "the quote at character " + (quote + 1) + " is never closed";
        }
        if (!open.isEmpty()) {
            return "the '" + kinds.peek() + "' at character " + (open.peek() + 1) + " is never closed";
        }
        if (q.endsWith("\\")) {
            return "the \\ at the end escapes nothing";
        }
        Matcher leading = LEADING.matcher(q);
        if (leading.find()) {
            return "'" + leading.group(1) + "' at character " + (leading.start(1) + 1) + " needs a word before it";
        }
        Matcher dangling = OPERATOR.matcher(q);
        if (dangling.find()) {
            return "'" + dangling.group(1) + "' at character " + (dangling.start(1) + 1) + " needs a word after it";
        }
        if (parserMessage.contains("not allowed as first character")) {
            return "a word cannot start with * or ? (only end a word with *, as in nvid*)";
        }
        if (parserMessage.contains("maxClauseCount") || parserMessage.contains("too many")) {
            return "the query expands to too many words; make wildcards and ranges narrower";
        }
        Matcher column = COLUMN.matcher(parserMessage);
        if (column.find()) {
            int at = Integer.parseInt(column.group(1)); // the parser counts from 0 here
            if (at >= q.length()) {
                return "the query ends too early";
            }
            return "cannot read it from character " + (at + 1) + " ('" + Quote.oneLine(String.valueOf(q.charAt(at))) + "')";
        }
        return "it cannot be read as words, \"phrases\", +must, -mustnot, AND, OR, NOT and (groups)";
    }
}
