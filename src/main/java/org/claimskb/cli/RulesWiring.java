package org.claimskb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.claimskb.factfile.LoadResult;
import org.claimskb.factfile.Problem;
import org.claimskb.factfile.Quote;
import org.claimskb.index.Analyzer;
import org.claimskb.index.BuildProgress;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.rules.RulesProgress;
import org.claimskb.scoring.Analysis;
import org.claimskb.rules.CompiledRules;
import org.claimskb.rules.RuleErrors;
import org.claimskb.rules.RulesEngine;
import org.claimskb.scoring.RuleInfo;

/**
 * Plugs the rules engine into indexing and turns its failures into user-facing messages. A KB
 * whose {@code rules/} holds no {@code .drl} file is indexed unscored.
 */
final class RulesWiring {
    private RulesWiring() {}

    /** The Drools rules engine, or no analysis at all when the KB has no rule files. */
    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            public Analysis analyze(Path rulesDir, KnowledgeBase kb, LocalDate asOf) {
                return analyze(rulesDir, kb, asOf, BuildProgress.SILENT);
            }

            @Override
            public Analysis analyze(Path rulesDir, KnowledgeBase kb, LocalDate asOf, BuildProgress progress) {
                if (!hasRules(rulesDir)) {
                    return null;
                }
                try (var sessions = new SessionCount(progress)) {
                    return RulesEngine.analyze(RulesEngine.compile(rulesDir), kb, asOf, sessions,
                            RulesEngine.defaultSessionsDir(rulesDir));
                } catch (RuleErrors rulesFailed) {
                    throw new Analyzer.Failed(rulesFailed);
                }
            }
        };
    }

    /** The rules' sessions, counted as the build's scoring stages. */
    private static final class SessionCount implements RulesProgress, AutoCloseable {
        private final BuildProgress progress;
        private volatile BuildProgress.Steps steps = BuildProgress.Steps.NONE;

        SessionCount(BuildProgress progress) {
            this.progress = progress;
        }

        @Override
        public synchronized void stage(RuleStage stage, int sessions) {
            steps.close();
            steps = progress.begin(stage == RuleStage.EVIDENCE ? BuildProgress.Stage.EVIDENCE
                    : BuildProgress.Stage.RELATIONS, sessions);
        }

        @Override
        public void sessionDone() {
            steps.step();
        }

        @Override
        public synchronized void close() {
            steps.close();
        }
    }

    /**
     * Problems in the rules: DRL that does not compile or malformed rule metadata, and, when they
     * compile, failures while firing on the loaded KB (a rule that throws or loops).
     */
    static List<Problem> check(Path kbRoot, LoadResult loaded) {
        Path rules = kbRoot.resolve("rules");
        if (!hasRules(rules)) {
            return List.of();
        }
        try {
            CompiledRules compiled = RulesEngine.compile(rules);
            RulesEngine.analyze(compiled, loaded.kb(), LocalDate.now());
            return List.of();
        } catch (RuleErrors e) {
            return e.problems();
        }
    }

    /** {@code , 40 rules in 9 rule files}, for the validate summary. */
    static String describeRules(Path kbRoot) {
        Path rules = kbRoot.resolve("rules");
        if (!hasRules(rules)) {
            return ", no rules (claims are not scored)";
        }
        try {
            List<RuleInfo> infos = RulesEngine.compile(rules).rules();
            long files = infos.stream().map(RuleInfo::file).distinct().count();
            return ", " + infos.size() + " rules in " + files + " rule file" + (files == 1 ? "" : "s");
        } catch (RuleErrors e) {
            return "";
        }
    }

    /** The rules' own problems, one line each. */
    static UserError asUserError(RuntimeException failure) {
        Throwable cause = failure instanceof Analyzer.Failed ? failure.getCause() : failure;
        if (cause instanceof RuleErrors rules) {
            return new UserError(rules.problems().stream().map(Problem::toString).toList());
        }
        return new UserError(List.of("the rules failed: " + Quote.oneLine(String.valueOf(cause.getMessage()))));
    }

    static boolean hasRules(Path rulesDir) {
        if (!Files.isDirectory(rulesDir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(rulesDir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".drl"));
        } catch (IOException e) {
            return false;
        }
    }
}
