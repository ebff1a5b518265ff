package org.claimskb.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimskb.factfile.Problem;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.rules.facts.BaseScore;
import org.claimskb.rules.facts.ClaimFact;
import org.claimskb.rules.facts.FactBuilder;
import org.claimskb.rules.facts.GroupSideMembers;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.Grading;
import org.claimskb.scoring.Parameters;
import org.claimskb.scoring.VerdictMath;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.RuleInfo;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Runs the bounded-distrust rules ({@code rules/*.drl}) over a knowledge base.
 *
 * <p>Two stages, so that no effect feeds back into its own cause:
 * <ol>
 *   <li><b>evidence</b> (the DRL's main agenda group): priors and every finding about a claim on
 *       its own (self-interest, verifiability, provenance, predictions, drafts);</li>
 *   <li><b>relations</b> (agenda group {@value #RELATIONS}): the engine groups claims once into
 *       disagreement groups ({@link Groups}) and inserts a {@code Vote} per claim and group with the
 *       claim's base credibility (sigmoid of prior plus first-stage effects), and a
 *       {@link BaseScore} per commentator; then the rules that weigh one claim by another fire:
 *       side totals, contradicted, self-contradiction, corroborated, disputed. They read only base
 *       scores, never each other's effects.</li>
 * </ol>
 * Disagreements, self-contradictions and revisions are listed from the same groups
 * ({@link Disagreements}); verdicts and report cards are aggregated in Java from the final scores
 * ({@link VerdictBuilder}, {@link ReportCardBuilder}): they are sums and means over the results,
 * not inferences, and stay readable as plain code.
 *
 * <p>Each stage fires at most {@value #FIRING_BASE} + {@value #FIRING_PER_FACT} x facts rules;
 * a rule set that is still firing then has a loop, reported as a {@link RuleErrors} naming the
 * rule that fired most.
 */
public final class RulesEngine {
    /** The agenda group of the second stage. */
    public static final String RELATIONS = "relations";
    /** The DRL global rules record findings in. */
    public static final String GLOBAL = "findings";
    static final long FIRING_BASE = 200_000;
    static final long FIRING_PER_FACT = 50;

    private RulesEngine() {}

    /**
     * Compiles (or reuses) the rules in {@code rulesDir} and scores {@code kb} as of {@code asOf}.
     * Compiled rules are cached in {@code <kbRoot>/.claims-index/rules-cache/}, kbRoot being the
     * parent of {@code rulesDir}.
     *
     * @throws RuleErrors for DRL that does not compile, malformed rule metadata, a rule that
     *                    fails while firing, or rules that loop
     */
    public static Analysis analyze(Path rulesDir, KnowledgeBase kb, LocalDate asOf) {
        return analyze(compile(rulesDir), kb, asOf);
    }

    /** Compiles the rules, using the default on-disk cache beside the KB's index. */
    public static CompiledRules compile(Path rulesDir) {
        return compile(rulesDir, defaultCacheDir(rulesDir));
    }

    /** Compiles the rules, caching the compiled form in {@code cacheDir} (null: memory only). */
    public static CompiledRules compile(Path rulesDir, Path cacheDir) {
        CompiledRules compiled = RuleCompiler.compile(rulesDir, cacheDir);
        return compiled.withParameters(ParameterTable.load(rulesDir));
    }

    /** The table of numbers of {@code rulesDir} ({@code rules/parameters.yaml}), read without compiling the rules. */
    public static Parameters parameters(Path rulesDir) {
        return ParameterTable.load(rulesDir);
    }

    /** The rules with their flags, weights and reasons, for the methodology section of reports. */
    public static List<RuleInfo> rules(Path rulesDir) {
        return compile(rulesDir).rules();
    }

    /** Every problem with the rules (for {@code claims validate}); empty when they compile. */
    public static List<Problem> check(Path rulesDir) {
        try {
            compile(rulesDir);
            return List.of();
        } catch (RuleErrors e) {
            return e.problems();
        }
    }

    public static Path defaultCacheDir(Path rulesDir) {
        Path dir = rulesDir.toAbsolutePath().normalize();
        Path root = dir.getParent() == null ? dir : dir.getParent();
        return root.resolve(".claims-index").resolve("rules-cache");
    }

    /** Scores {@code kb} with already compiled rules. */
    public static Analysis analyze(CompiledRules rules, KnowledgeBase kb, LocalDate asOf) {
        StageTimer timer = new StageTimer();
        List<Object> facts = FactBuilder.build(kb, asOf);
        timer.lap("facts");
        Findings findings = new Findings(rules.metaByRule());
        KieSession session = rules.kieBase().newKieSession();
        List<Groups.Group> groups;
        Map<String, Double> base;
        FiringGuard guard = new FiringGuard();
        try {
            session.addEventListener(guard);
            if (rules.kieBase().getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream()
                    .anyMatch(g -> g.getName().equals(GLOBAL)))) {
                session.setGlobal(GLOBAL, findings);
            }
            List<ClaimFact> claimFacts = new ArrayList<>(kb.claims().size());
            for (Object f : facts) {
                session.insert(f);
                if (f instanceof ClaimFact c) {
                    claimFacts.add(c);
                }
            }
            long limit = FIRING_BASE + FIRING_PER_FACT * facts.size();
            timer.lap("insert facts");
            fire(session, guard, rules, limit, "evidence");
            timer.lap("evidence stage");
            findings.endFirstStage();
            groups = Groups.of(kb, rules.parameters().numericTolerance());
            base = baseScores(findings);
            timer.lap("groups");
            insertBaseScores(session, claimFacts, base);
            long votes = 0;
            for (Object f : FactBuilder.votes(kb, sideMembers(groups), id -> base.getOrDefault(id, 0.5))) {
                session.insert(f);
                votes++;
            }
            session.getAgenda().getAgendaGroup(RELATIONS).setFocus();
            timer.lap("insert votes");
            fire(session, guard, rules, limit + FIRING_PER_FACT * votes, RELATIONS);
            timer.lap("relations stage");
        } finally {
            session.dispose();
        }
        Map<String, ClaimScore> scores = ScoreAssembler.scores(kb, findings, rules);
        Parameters p = rules.parameters();
        Disagreements.Listing d = Disagreements.of(kb, groups, base, p.numericTolerance());
        var verdicts = VerdictBuilder.verdicts(kb, scores, asOf, new VerdictMath(p.verdicts()));
        var cards = ReportCardBuilder.cards(kb, scores, d.selfContradictions(), d.revisions(), asOf,
                new Grading(p.grades()));
        timer.lap("results");
        List<RuleInfo> fired = rules.rules().stream().map(r -> r.withFired((int) guard.count(r.name()))).toList();
        return new Analysis(asOf, scores, d.stance(), d.numeric(), d.selfContradictions(), d.revisions(), verdicts,
                cards, fired);
    }

    /** Each claim's credibility after the first stage: what it weighs when claims are weighed by claims. */
    private static Map<String, Double> baseScores(Findings findings) {
        Map<String, Double> base = new HashMap<>();
        findings.tallies().forEach((id, t) -> base.put(id, ClaimScore.sigmoid(t.prior + t.firstStageEffects)));
        return base;
    }

    /** Base scores of commentators, whom commentary.drl weighs. */
    private static void insertBaseScores(KieSession session, List<ClaimFact> claims, Map<String, Double> base) {
        for (ClaimFact c : claims) {
            if (c.about() != null) {
                session.insert(new BaseScore(c.id(), c.utterance(), base.getOrDefault(c.id(), 0.5)));
            }
        }
    }

    private static List<GroupSideMembers> sideMembers(List<Groups.Group> groups) {
        List<GroupSideMembers> out = new ArrayList<>();
        for (Groups.Group g : groups) {
            if (g.sides().size() == 1 && Groups.speakers(g.sides().values().iterator().next()).size() == 1) {
                continue; // one speaker on one side: nothing to weigh it against or with
            }
            for (var side : g.sides().entrySet()) {
                out.add(new GroupSideMembers(g.id(), side.getKey(), side.getValue().stream()
                        .map(m -> new GroupSideMembers.Member(m.id(), m.speaker(), m.event(), m.claim().sourceId(),
                                m.said())).toList()));
            }
        }
        return out;
    }

    private static void fire(KieSession session, FiringGuard guard, CompiledRules rules, long limit, String stage) {
        int fired;
        try {
            fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, limit));
        } catch (RuntimeException e) {
            String rule = guard.current == null ? null : guard.current.getName();
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String what = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
            if (rule == null) {
                throw RuleErrors.of(new Problem("rules", 0, 0, "the rules failed in the " + stage + " stage: " + what));
            }
            throw RuleErrors.of(new Problem(rules.fileOf(rule), rules.lineOf(rule), 0,
                    "rule \"" + rule + "\" failed: " + what));
        }
        if (fired >= limit) {
            Rule top = guard.mostFired();
            String name = top == null ? "?" : top.getName();
            throw RuleErrors.of(new Problem(rules.fileOf(name), rules.lineOf(name), 0, String.format(
                    "the rules fired %d times in the %s stage without finishing (limit %d for this KB); rule \"%s\" "
                            + "fired %d times: it probably loops by inserting or updating facts it matches itself",
                    fired, stage, limit, name, guard.count(top))));
        }
    }

    /** Prints each stage's time on stderr when the system property {@code claims.rules.timing} is true (benchmarks). */
    private static final class StageTimer {
        private final boolean on = Boolean.getBoolean("claims.rules.timing");
        private long last = System.nanoTime();

        void lap(String stage) {
            long now = System.nanoTime();
            if (on) {
                System.err.printf(java.util.Locale.ROOT, "rules: %-16s %,8d ms%n", stage, (now - last) / 1_000_000);
            }
            last = now;
        }
    }

    /** Counts firings per rule and remembers the rule firing now, for loop and failure messages. */
    private static final class FiringGuard extends DefaultAgendaEventListener {
        private final Map<Rule, long[]> counts = new IdentityHashMap<>();
        private Rule current;

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent event) {
            current = event.getMatch().getRule();
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            counts.computeIfAbsent(event.getMatch().getRule(), r -> new long[1])[0]++;
            current = null;
        }

        Rule mostFired() {
            return counts.entrySet().stream().max((a, b) -> Long.compare(a.getValue()[0], b.getValue()[0]))
                    .map(Map.Entry::getKey).orElse(null);
        }

        long count(Rule r) {
            return r == null ? 0 : counts.get(r)[0];
        }

        /** How often the rule of that name fired, in both stages. */
        long count(String ruleName) {
            long n = 0;
            for (var e : counts.entrySet()) {
                if (e.getKey().getName().equals(ruleName)) {
                    n += e.getValue()[0];
                }
            }
            return n;
        }
    }
}
