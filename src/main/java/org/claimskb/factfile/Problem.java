package org.claimskb.factfile;

/**
 * One thing wrong with an input file, where it is and what it is.
 *
 * @param path   the file, relative to the KB root where possible
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record Problem(String path, int line, int column, String message) implements Comparable<Problem> {

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
