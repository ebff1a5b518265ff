package org.claimskb.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimskb.model.KnowledgeBase;

/**
 * {@code claims add} as an API: read the transcript, draft it against the knowledge base, write
 * {@code claims/<id>.yaml}. Every check that can fail on bad input runs before anything is written.
 */
public final class TranscriptAdder {
    private final KnowledgeBaseReader reader;

    public TranscriptAdder(KnowledgeBaseReader reader) {
        this.reader = reader;
    }

    /** The outcome: where the draft went, and the draft itself (for counts and notes). */
    public record Added(Path path, Draft draft) {}

    public Added add(Path kbRoot, Path transcript, String requestedId, boolean force, LocalDate today)
            throws IngestException {
        if (requestedId != null && !Ids.valid(requestedId)) {
            throw new IngestException(transcript, "--id '" + requestedId + "' is not a kebab-case id ([a-z0-9][a-z0-9-]*)");
        }
        TranscriptFile file = TranscriptFile.read(transcript);
        if (requestedId != null) {
            refuseExisting(kbRoot, requestedId, force);
        }
        // Draft once to learn the id, then against the KB without the file it will replace.
        KnowledgeBase kb = reader.read(kbRoot, null);
        Draft draft = TranscriptImporter.draft(file, kb, requestedId, today);
        Path target = DraftWriter.target(kbRoot, draft.source().id());
        refuseExisting(kbRoot, draft.source().id(), force);
        if (Files.exists(target)) {
            draft = TranscriptImporter.draft(file, reader.read(kbRoot, target), draft.source().id(), today);
        } else {
            var clash = kb.source(draft.source().id());
            if (clash.isPresent()) {
                throw new IngestException(transcript, "source id '" + draft.source().id() + "' is already used by "
                        + clash.get().path() + "; choose another with --id");
            }
        }
        return new Added(DraftWriter.write(kbRoot, draft, force), draft);
    }

    private static void refuseExisting(Path kbRoot, String id, boolean force) throws IngestException {
        Path target = DraftWriter.target(kbRoot, id);
        if (Files.exists(target) && !force) {
            throw new IngestException(target, "already exists; use --force to replace it, or --id to choose another id");
        }
    }
}
