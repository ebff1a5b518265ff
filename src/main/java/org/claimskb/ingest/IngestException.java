package org.claimskb.ingest;

import java.nio.file.Path;

/**
 * A transcript that cannot be turned into a draft (missing, empty, binary, undecodable, bad front
 * matter) or a draft that cannot be written (exists without {@code --force}, bad id). The message
 * reads {@code path: problem} or {@code path:line: problem}, ready for stderr.
 */
public final class IngestException extends Exception {
    private static final long serialVersionUID = 1L;

    public IngestException(Path path, String problem) {
        super(path + ": " + problem);
    }

    public IngestException(Path path, int line, String problem) {
        super(path + ":" + line + ": " + problem);
    }
}
