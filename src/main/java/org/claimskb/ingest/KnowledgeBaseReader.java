package org.claimskb.ingest;

import java.nio.file.Path;
import org.claimskb.model.KnowledgeBase;

/**
 * Where the importer gets the knowledge base it matches speakers, entities and metrics against.
 * The file being replaced (with {@code --force}) is left out, so that speakers it declared are
 * declared again in the new draft rather than assumed to exist.
 */
@FunctionalInterface
public interface KnowledgeBaseReader {
    KnowledgeBase read(Path kbRoot, Path leaveOut);
}
