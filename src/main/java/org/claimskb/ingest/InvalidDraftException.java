package org.claimskb.ingest;

import java.util.List;
import org.claimskb.factfile.Problem;

/**
 * A draft the importer made would not validate: a defect of the importer, not of the user's
 * transcript. Nothing was written.
 */
public final class InvalidDraftException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidDraftException(String path, List<Problem> problems) {
        super("the draft " + path + " would not validate; nothing was written");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
