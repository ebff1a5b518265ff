package org.claimskb.factfile;

import java.util.List;
import org.claimskb.model.KnowledgeBase;

/**
 * The knowledge base built from what is valid, every problem found, and what was left out: whole files
 * that cannot be read, and single items (claims, registry entries) with a problem or a skipped dependency.
 */
public record LoadResult(KnowledgeBase kb, List<Problem> problems, List<SkippedFile> skipped) {
    public LoadResult {
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    /** The files something was skipped from (whole, or some of their items), in path order. */
    public List<String> skippedFiles() {
        return skipped.stream().map(SkippedFile::path).distinct().toList();
    }
}
