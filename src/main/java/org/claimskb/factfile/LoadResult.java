package org.claimskb.factfile;

import java.util.List;
import org.claimskb.model.KnowledgeBase;

/**
 * The knowledge base built from the valid fact files, every problem found, and the files left out.
 */
public record LoadResult(KnowledgeBase kb, List<Problem> problems, List<SkippedFile> skipped) {
    public LoadResult {
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    public boolean clean() {
        return problems.isEmpty();
    }

    public List<String> skippedFiles() {
        return skipped.stream().map(SkippedFile::path).toList();
    }
}
