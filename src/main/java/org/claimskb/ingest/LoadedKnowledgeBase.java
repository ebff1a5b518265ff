package org.claimskb.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.claimskb.factfile.FactFiles;
import org.claimskb.model.KnowledgeBase;

/**
 * The knowledge base as the core loader sees it (valid files only; problems in other files do not
 * stop {@code claims add}). The file to be replaced is subtracted: its source and claims, and the
 * speakers and entities only it declares, so the new draft declares them again.
 */
public final class LoadedKnowledgeBase implements KnowledgeBaseReader {

    @Override
    public KnowledgeBase read(Path kbRoot, Path leaveOut) {
        KnowledgeBase kb;
        try {
            kb = FactFiles.load(kbRoot).kb();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fact files of " + kbRoot, e);
        }
        if (leaveOut == null) {
            return kb;
        }
        KnowledgeBase replaced = new FactFileScan().readFile(kbRoot, leaveOut);
        Set<String> speakers = new HashSet<>();
        replaced.speakers().forEach(s -> speakers.add(s.id()));
        Set<String> entities = new HashSet<>();
        replaced.entities().forEach(e -> entities.add(e.id()));
        Set<String> sources = new HashSet<>();
        replaced.sources().forEach(s -> sources.add(s.id()));
        return new KnowledgeBase(
                kb.speakers().stream().filter(s -> !speakers.contains(s.id())).toList(),
                kb.entities().stream().filter(e -> !entities.contains(e.id())).toList(),
                kb.propositions(),
                kb.sources().stream().filter(s -> !sources.contains(s.id())).toList(),
                kb.claims().stream().filter(c -> !sources.contains(c.sourceId())).toList(),
                kb.resolutions());
    }
}
