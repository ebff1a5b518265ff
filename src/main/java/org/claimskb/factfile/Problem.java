package org.claimskb.factfile;

/**
 * One thing wrong with an input file, where it is and what it is. The path and message are
 * kept to one line: control characters (a newline in a file name) are shown escaped.
 *
 * @param path   the file, relative to the KB root where possible
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Problem(String path, int line, int column, String message) implements Comparable<Problem> {
    /** Longer messages are cut in the middle: a message is one readable line. */
    private static final int MAX_MESSAGE = 400;

    public Problem {
        path = Quote.oneLine(path);
        message = Quote.oneLine(message);
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 50) + " … " + message.substring(message.length() - 47);
        }
    }

    /** {@code path:line:column: message}, leaving out a position that is not known. */
    @Override
    public String toString() {
        if (line <= 0) {
            return path + ": " + message;
        }
        return column <= 0 ? path + ":" + line + ": " + message : path + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public int compareTo(Problem o) {
        int c = path.compareTo(o.path);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
