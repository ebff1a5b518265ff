package org.claimskb.factfile;

/**
 * What was left out of the knowledge base, and why: a whole file ({@code item} null, when it
 * cannot be read as a whole) or one item of it (a claim, a registry entry, a source, a
 * resolution) at {@code line}.
 */
public record SkippedFile(String path, int line, String item, String reason) {
    public SkippedFile {
        path = Quote.oneLine(path);
        reason = Quote.oneLine(reason);
    }

    public SkippedFile(String path, String reason) {
        this(path, 0, null, reason);
    }

    public boolean wholeFile() {
        return item == null;
    }

    /** {@code claims/x.yaml} or {@code claims/x.yaml:12: claim 'x/y'}, then the reason. */
    @Override
    public String toString() {
        return wholeFile() ? path + " (whole file): " + reason : path + ":" + line + ": " + item + ": " + reason;
    }
}
