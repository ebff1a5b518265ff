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
     * @throws RuntimeException carrying rule problems when the rules do not compile
     */
    Analysis analyze(Path rulesDir, KnowledgeBase kb, LocalDate asOf);
}
