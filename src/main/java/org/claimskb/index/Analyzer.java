package org.claimskb.index;

import java.nio.file.Path;
import java.time.LocalDate;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.scoring.Analysis;

/**
 * What turns a knowledge base into scores and findings: the rules engine, plugged in by the
 * command line so that this package does not depend on Drools.
 */
@FunctionalInterface
public interface Analyzer {
    /**
     * @param rulesDir the KB root's {@code rules/} folder
     * @throws Failed when the rules cannot be used (they do not compile, or fail while firing);
     *         any other exception is a bug and propagates as one
     */
    Analysis analyze(Path rulesDir, KnowledgeBase kb, LocalDate asOf);

    /** As {@link #analyze(Path, KnowledgeBase, LocalDate)}, telling {@code progress} of its stages. */
    default Analysis analyze(Path rulesDir, KnowledgeBase kb, LocalDate asOf, BuildProgress progress) {
        return analyze(rulesDir, kb, asOf);
    }

    /**
     * The rules themselves failed: the one failure the derived state answers by falling back to
     * the last good index. The cause carries the rules' own problems.
     */
    final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Failed(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
