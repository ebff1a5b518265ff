package org.claimskb.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
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
 * Each stage runs in sessions of bounded size on all cores: the evidence stage per batch of
 * whole speakers ({@link FactBuilder#evidenceBatches}), the relations stage per batch of voters
 * with their groups' votes ({@link #relationBatches}); what the sessions record is merged in
 * order, so the result is that of one session (docs/RULES.md, "Sessions").
 *
 * <p>Disagreements, self-contradictions and revisions are listed from the same groups
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
    /** Claims per first-stage session: enough that a session's fixed cost is small, few enough that batches share the cores. */
    static final int EVIDENCE_BATCH_CLAIMS = 5_000;

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
        return analyze(rules, kb, asOf, RulesProgress.NONE);
    }

    /** As {@link #analyze(CompiledRules, KnowledgeBase, LocalDate)}, telling {@code progress} of each session. */
    public static Analysis analyze(CompiledRules rules, KnowledgeBase kb, LocalDate asOf, RulesProgress progress) {
        return analyze(rules, kb, asOf, EVIDENCE_BATCH_CLAIMS, RELATION_BATCH_VOTERS, progress, null);
    }

    /**
     * As {@link #analyze(CompiledRules, KnowledgeBase, LocalDate, RulesProgress)}, keeping what each
     * session concluded in {@code sessionsDir} ({@link SessionCache}): a session whose facts are
     * those of a kept one is read back instead of run, and entries this run did not use are removed.
     */
    public static Analysis analyze(CompiledRules rules, KnowledgeBase kb, LocalDate asOf, RulesProgress progress,
                                   Path sessionsDir) {
        var cache = new SessionCache(sessionsDir, rules);
        Analysis a = analyze(rules, kb, asOf, EVIDENCE_BATCH_CLAIMS, RELATION_BATCH_VOTERS, progress, cache);
        cache.sweep();
        return a;
    }

    /** Where {@link #analyze(CompiledRules, KnowledgeBase, LocalDate, RulesProgress, Path)} keeps sessions for the KB of {@code rulesDir}. */
    public static Path defaultSessionsDir(Path rulesDir) {
        return defaultCacheDir(rulesDir).resolveSibling(SessionCache.DIR);
    }

    /** Scores {@code kb} with sessions of at most about these sizes (tests: small sessions give the same result). */
    static Analysis analyze(CompiledRules rules, KnowledgeBase kb, LocalDate asOf, int evidenceBatchClaims,
                            int relationBatchVoters) {
        return analyze(rules, kb, asOf, evidenceBatchClaims, relationBatchVoters, RulesProgress.NONE, null);
    }

    /** As {@link #analyze(CompiledRules, KnowledgeBase, LocalDate, int, int)}, keeping sessions in {@code sessionsDir} (tests). */
    static Analysis analyze(CompiledRules rules, KnowledgeBase kb, LocalDate asOf, int evidenceBatchClaims,
                            int relationBatchVoters, Path sessionsDir) {
        var cache = new SessionCache(sessionsDir, rules);
        Analysis a = analyze(rules, kb, asOf, evidenceBatchClaims, relationBatchVoters, RulesProgress.NONE, cache);
        cache.sweep();
        return a;
    }

    private static Analysis analyze(CompiledRules rules, KnowledgeBase kb, LocalDate asOf, int evidenceBatchClaims,
                                    int relationBatchVoters, RulesProgress progress, SessionCache cache) {
        StageTimer timer = new StageTimer();
        List<Supplier<List<Object>>> batches = FactBuilder.evidenceBatches(kb, asOf, evidenceBatchClaims);
        timer.lap("facts");
        Findings findings = new Findings(rules.metaByRule());
        FiringGuard guard = new FiringGuard();
        evidenceStage(rules, batches, findings, guard, progress, cache);
        timer.lap("evidence stage");
        findings.endFirstStage();
        List<Groups.Group> groups = Groups.of(kb, rules.parameters().numericTolerance());
        Map<String, Double> base = baseScores(findings);
        timer.lap("groups");
        Parameters p = rules.parameters();
        // The listing reads only groups and base scores: it is built while the relations rules run.
        var listing = background(() -> Disagreements.of(kb, groups, base, p.numericTolerance()));
        relationsStage(rules, kb, asOf, sideMembers(groups), base, relationBatchVoters, findings, guard, progress,
                cache);
        timer.lap("relations stage");
        Map<String, ClaimScore> scores = ScoreAssembler.scores(kb, findings, rules);
        var verdictList = background(() -> VerdictBuilder.verdicts(kb, scores, asOf, new VerdictMath(p.verdicts())));
        Disagreements.Listing d = join(listing);
        var cards = ReportCardBuilder.cards(kb, scores, d.selfContradictions(), d.revisions(), asOf,
                new Grading(p.grades()));
        var verdicts = join(verdictList);
        timer.lap("results");
        List<RuleInfo> fired = rules.rules().stream().map(r -> r.withFired((int) guard.count(r.name()))).toList();
        return new Analysis(asOf, scores, d.stance(), d.numeric(), d.selfContradictions(), d.revisions(), verdicts,
                cards, fired);
    }

    /**
     * The first stage, one session per batch of whole speakers ({@link FactBuilder#evidenceBatches}),
     * the batches on all cores.
     */
    private static void evidenceStage(CompiledRules rules, List<Supplier<List<Object>>> batches,
                                      Findings findings, FiringGuard guard, RulesProgress progress, SessionCache cache) {
        progress.stage(RulesProgress.RuleStage.EVIDENCE, batches.size());
        runSessions(rules, batches, Stage.EVIDENCE, findings, guard, progress, cache);
    }

    /**
     * The second stage. Voters (claims in some group with something to weigh) are split into
     * batches ({@link #relationBatches}); a batch's session holds its voters, every vote of every
     * group they are in (so that side totals are whole) and the date. The first session also
     * holds the registry facts and, for commentary, the claims that comment or are commented on
     * with their commentators' {@link BaseScore}s. Claims outside groups and commentary are in
     * none of them.
     */
    private static void relationsStage(CompiledRules rules, KnowledgeBase kb, LocalDate asOf,
                                       List<GroupSideMembers> sides, Map<String, Double> base, int batchVoters,
                                       Findings findings, FiringGuard guard, RulesProgress progress,
                                       SessionCache cache) {
        Map<String, Set<String>> interests = FactBuilder.interestsBySpeaker(kb);
        List<Supplier<List<Object>>> sessions = new ArrayList<>();
        for (RelationBatch batch : relationBatches(sides, batchVoters)) {
            boolean first = sessions.isEmpty();
            sessions.add(() -> {
                List<Object> facts = new ArrayList<>();
                for (Object f : FactBuilder.relationFacts(kb, asOf, first)) {
                    facts.add(f);
                    if (f instanceof ClaimFact c && c.about() != null) {
                        facts.add(new BaseScore(c.id(), c.utterance(), base.getOrDefault(c.id(), 0.5)));
                    }
                }
                facts.addAll(FactBuilder.votes(batch.sides(), interests, batch.isVoter(),
                        id -> base.getOrDefault(id, 0.5)));
                return facts;
            });
        }
        progress.stage(RulesProgress.RuleStage.RELATIONS, sessions.size());
        runSessions(rules, sessions, Stage.SECOND, findings, guard, progress, cache);
    }

    /** Voters per second-stage session: enough that whole groups fit a few times over, few enough to bound memory. */
    static final int RELATION_BATCH_VOTERS = 4_000;

    /** One second-stage session's voters (the test) and the group sides they need. */
    record RelationBatch(java.util.function.Predicate<String> isVoter, List<GroupSideMembers> sides) {}

    /**
     * Splits the voters into batches of about {@code maxVoters}, walking the groups in order: a
     * claim is a voter of the batch holding the first group it is in; a batch takes whole groups
     * until it has enough voters, and also every later group one of its voters is in. A group
     * shared by several batches is totalled in each, identically.
     */
    static List<RelationBatch> relationBatches(List<GroupSideMembers> sides, int maxVoters) {
        Map<String, Integer> groupIndex = new HashMap<>();
        List<List<GroupSideMembers>> groups = new ArrayList<>();
        for (GroupSideMembers s : sides) {
            int g = groupIndex.computeIfAbsent(s.group(), k -> {
                groups.add(new ArrayList<>(2));
                return groups.size() - 1;
            });
            groups.get(g).add(s);
        }
        // Each claim's first group; per group, its new voters and the later groups they are also in.
        Map<String, Integer> firstGroup = new HashMap<>();
        int[] newVoters = new int[groups.size()];
        List<List<Integer>> later = new ArrayList<>(groups.size());
        for (int g = 0; g < groups.size(); g++) {
            later.add(List.of());
            for (GroupSideMembers s : groups.get(g)) {
                for (GroupSideMembers.Member m : s.members()) {
                    Integer first = firstGroup.putIfAbsent(m.claim(), g);
                    if (first == null) {
                        newVoters[g]++;
                    } else if (first != g) {
                        if (later.get(first).isEmpty()) {
                            later.set(first, new ArrayList<>(2));
                        }
                        later.get(first).add(g);
                    }
                }
            }
        }
        List<RelationBatch> out = new ArrayList<>();
        int from = 0;
        int voters = 0;
        for (int g = 0; g < groups.size(); g++) {
            if (voters >= maxVoters) {
                out.add(batch(groups, later, firstGroup, from, g));
                from = g;
                voters = 0;
            }
            voters += newVoters[g];
        }
        if (from < groups.size() || out.isEmpty()) {
            out.add(batch(groups, later, firstGroup, from, groups.size()));
        }
        return out;
    }

    /** The batch of groups {@code [from, to)}: their voters, their sides and the sides of the later groups their voters are in. */
    private static RelationBatch batch(List<List<GroupSideMembers>> groups, List<List<Integer>> later,
                                       Map<String, Integer> firstGroup, int from, int to) {
        Set<Integer> needed = new java.util.LinkedHashSet<>();
        for (int g = from; g < to; g++) {
            needed.add(g);
        }
        for (int g = from; g < to; g++) {
            needed.addAll(later.get(g));
        }
        List<GroupSideMembers> batchSides = new ArrayList<>();
        for (int g : needed) {
            batchSides.addAll(groups.get(g));
        }
        java.util.function.Predicate<String> isVoter = claim -> {
            Integer first = firstGroup.get(claim);
            return first != null && first >= from && first < to;
        };
        return new RelationBatch(isVoter, batchSides);
    }

    /** A stage as its sessions run it: its name in messages, the agenda group to focus, which matches may fire. */
    private record Stage(String name, String focus, org.kie.api.runtime.rule.AgendaFilter filter) {
        static final Stage EVIDENCE = new Stage("evidence", null, match -> true);
        static final Stage SECOND = new Stage(RELATIONS, RELATIONS, RulesEngine::inRelations);

        boolean first() {
            return this == EVIDENCE;
        }
    }

    /** What one session recorded. */
    private record SessionResult(Findings findings, FiringGuard guard) {}

    /**
     * Runs the sessions on all cores, each recording in its own {@link Findings}, and merges what
     * they recorded in session order, so the result does not depend on which thread ran what.
     */
    private static void runSessions(CompiledRules rules, List<Supplier<List<Object>>> sessions, Stage stage,
                                    Findings findings, FiringGuard guard, RulesProgress progress, SessionCache cache) {
        java.util.function.Function<Supplier<List<Object>>, SessionResult> run = work -> {
            Findings f = new Findings(rules.metaByRule());
            if (!stage.first()) {
                f.endFirstStage();
            }
            FiringGuard g = new FiringGuard();
            List<Object> facts = work.get();
            String key = cache == null ? null : cache.key(stage.name(), facts);
            SessionCache.Result kept = key == null ? null : cache.read(key);
            if (kept != null) {
                f.restore(kept.tallies());
                g.restore(kept.firings(), cache);
                progress.sessionDone();
                return new SessionResult(f, g);
            }
            KieSession session = newSession(rules, f, g);
            try {
                facts.forEach(session::insert);
                if (stage.focus() != null) {
                    session.getAgenda().getAgendaGroup(stage.focus()).setFocus();
                }
                fire(session, g, rules, FIRING_BASE + FIRING_PER_FACT * facts.size(), stage.name(), stage.filter());
            } finally {
                session.dispose();
            }
            if (key != null) {
                cache.write(key, f.tallies(), g.counts);
            }
            progress.sessionDone();
            return new SessionResult(f, g);
        };
        if (sessions.size() == 1) {
            SessionResult r = run.apply(sessions.get(0));
            findings.absorb(r.findings());
            guard.absorb(r.guard());
            return;
        }
        // Each finished session is merged as soon as every session before it is: in session order,
        // on the worker threads, so that merging overlaps the sessions still running.
        SessionResult[] finished = new SessionResult[sessions.size()];
        int[] next = {0};
        int threads = Math.min(sessions.size(), Runtime.getRuntime().availableProcessors());
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "claims-rules");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    SessionResult result = run.apply(sessions.get(index));
                    synchronized (finished) {
                        finished[index] = result;
                        while (next[0] < finished.length && finished[next[0]] != null) {
                            findings.absorb(finished[next[0]].findings());
                            guard.absorb(finished[next[0]].guard());
                            finished[next[0]++] = null;
                        }
                    }
                }));
            }
            for (var fu : futures) {
                join(fu);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Starts {@code work} on a thread of its own; {@link #join} gives its result or rethrows its failure. */
    private static <T> java.util.concurrent.Future<T> background(java.util.concurrent.Callable<T> work) {
        var task = new java.util.concurrent.FutureTask<>(work);
        Thread t = new Thread(task, "claims-results");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** A session's or background task's result, or its own failure (a rule error, or a bug) rethrown as it was. */
    private static <T> T join(java.util.concurrent.Future<T> future) {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the rules ran", e);
        }
    }

    private static KieSession newSession(CompiledRules rules, Findings findings, FiringGuard guard) {
        KieSession session = rules.kieBase().newKieSession();
        session.addEventListener(guard);
        if (rules.kieBase().getKiePackages().stream().anyMatch(p -> p.getGlobalVariables().stream()
                .anyMatch(g -> g.getName().equals(GLOBAL)))) {
            session.setGlobal(GLOBAL, findings);
        }
        return session;
    }

    /** Each claim's credibility after the first stage: what it weighs when claims are weighed by claims. */
    private static Map<String, Double> baseScores(Findings findings) {
        Map<String, Double> base = new HashMap<>();
        findings.tallies().forEach((id, t) -> base.put(id, ClaimScore.sigmoid(t.prior + t.firstStageEffects)));
        return base;
    }

    static List<GroupSideMembers> sideMembers(List<Groups.Group> groups) {
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

    /**
     * Whether a match is of a second-stage rule. The second stage's session holds the claims
     * commentary relates, which the first stage's rules match too; they fired in the first stage
     * and must not fire again.
     */
    private static boolean inRelations(org.kie.api.runtime.rule.Match match) {
        return match.getRule() instanceof org.drools.base.definitions.rule.impl.RuleImpl r
                && RELATIONS.equals(r.getAgendaGroup());
    }

    private static void fire(KieSession session, FiringGuard guard, CompiledRules rules, long limit, String stage,
                             org.kie.api.runtime.rule.AgendaFilter filter) {
        int fired;
        try {
            fired = session.fireAllRules(filter, (int) Math.min(Integer.MAX_VALUE, limit));
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
                    "the rules fired %d times in the %s stage without finishing (limit %d for this session); rule \"%s\" "
                            + "fired %d times: it probably loops by inserting or updating facts it matches itself",
                    fired, stage, limit, name, guard.count(top))));
        }
    }

    /**
     * Prints each stage's wall time, the process's CPU time and the collector's pause time on
     * stderr when the system property {@code claims.rules.timing} is true (benchmarks).
     */
    private static final class StageTimer {
        private final boolean on = Boolean.getBoolean("claims.rules.timing");
        private long last = System.nanoTime();
        private long lastCpu = cpuNanos();
        private long lastGc = gcMillis();

        void lap(String stage) {
            long now = System.nanoTime();
            if (on) {
                long cpu = cpuNanos();
                long gc = gcMillis();
                System.err.printf(java.util.Locale.ROOT, "rules: %-16s %,8d ms (cpu %,d ms, gc pauses %,d ms)%n", stage,
                        (now - last) / 1_000_000, (cpu - lastCpu) / 1_000_000, gc - lastGc);
                lastCpu = cpu;
                lastGc = gc;
                if (Boolean.getBoolean("claims.rules.heap")) {
                    System.gc();
                    Runtime rt = Runtime.getRuntime();
                    System.err.printf(java.util.Locale.ROOT, "rules: %-16s %,8d MB live%n", "", (rt.totalMemory() - rt.freeMemory()) >> 20);
                    now = System.nanoTime();
                }
            }
            last = now;
        }

        private static long cpuNanos() {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
        }

        private static long gcMillis() {
            long sum = 0;
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                sum += Math.max(0, gc.getCollectionTime());
            }
            return sum;
        }
    }

    /** Counts firings per rule and remembers the rule firing now, for loop and failure messages. */
    private static final class FiringGuard extends DefaultAgendaEventListener {
        final Map<Rule, long[]> counts = new IdentityHashMap<>();
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

        /** Takes a kept session's counts, by rule key ({@link SessionCache}); rules no longer there are left out. */
        void restore(Map<String, Long> kept, SessionCache cache) {
            kept.forEach((key, n) -> {
                Rule rule = cache.rule(key);
                if (rule != null) {
                    counts.computeIfAbsent(rule, r -> new long[1])[0] += n;
                }
            });
        }

        /** Adds another session's counts (sessions of one rule base share their {@code Rule} objects). */
        void absorb(FiringGuard other) {
            other.counts.forEach((rule, n) -> counts.computeIfAbsent(rule, r -> new long[1])[0] += n[0]);
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
