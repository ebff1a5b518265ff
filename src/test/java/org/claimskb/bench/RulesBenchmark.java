package org.claimskb.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.claimskb.model.Assessment;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.ClaimStatus;
import org.claimskb.model.Entity;
import org.claimskb.model.EntityKind;
import org.claimskb.model.Interest;
import org.claimskb.model.InterestKind;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Outcome;
import org.claimskb.model.PartialDate;
import org.claimskb.model.Position;
import org.claimskb.model.Proposition;
import org.claimskb.model.Quantity;
import org.claimskb.model.Regime;
import org.claimskb.model.Resolution;
import org.claimskb.model.Source;
import org.claimskb.model.SourceKind;
import org.claimskb.model.Speaker;
import org.claimskb.model.Stance;
import org.claimskb.rules.CompiledRules;
import org.claimskb.rules.RulesEngine;
import org.claimskb.scoring.Analysis;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Rule-evaluation time and memory on synthetic knowledge bases (docs/BENCHMARKS.md, "Rules").
 * Not part of the default test run. As a test (10k and 100k claims, within surefire's heap):
 * {@code mvn test -Dtest=RulesBenchmark -Dclaims.excluded.groups=none -Dsurefire.failIfNoSpecifiedTests=false};
 * as a main class for any sizes and heap: {@code java -Xmx20g -cp ... org.claimskb.bench.RulesBenchmark 10000 100000 1000000}.
 * Prints figures; asserts nothing about time.
 *
 * <p>The synthetic KB is stance-dense (the shape of the disagreements issue): 1 speaker per 500
 * claims (regimes mixed, 1-2 interests each), 1 company with 2 products per 1,000 claims, 1
 * proposition per 1,000 claims, 10 claims per source and 2 sources (transcript and summary) per
 * event over three years; 25% of claims take a stance (about 250 per proposition), 20% state a
 * quantity (1 subject per 50 claims, half with a scope, values mostly within tolerance, one in
 * eight twice as large), a quarter carry a {@code when}, 20% favor and 5% harm an entity, 10% are
 * predictions (a fifth of them resolved), 2% comment on an earlier claim, 2% are drafts.
 *
 * <p>Beside the rules, the same run times {@link HashJoinBaseline}: the disagreement checks
 * written by hand as hash joins over the same parsed model, the floor a rule engine is measured against.
 */
@Tag("benchmark")
class RulesBenchmark {

    @Test
    void ruleEvaluation() {
        run(new int[] {10_000, 100_000});
    }

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000, 1_000_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        run(sizes);
    }

    static void run(int[] sizes) {
        CompiledRules rules = RulesEngine.compile(Path.of("rules"), null);
        // Warm-up: class loading and MVEL's JIT of constraints, so the first size is not penalised.
        RulesEngine.analyze(rules, synthetic(2_000, 7), LocalDate.of(2026, 1, 15));
        for (int n : sizes) {
            KnowledgeBase kb = synthetic(n, 42);
            gc();
            long before = usedHeap();
            resetPeaks();
            long t0 = System.nanoTime();
            Analysis a = RulesEngine.analyze(rules, kb, LocalDate.of(2026, 1, 15));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long peak = peakHeap();
            gc();
            long retained = usedHeap() - before;
            long findings = a.scores().values().stream().mapToLong(s -> s.findings().size()).sum();
            if (Boolean.getBoolean("claims.bench.digest")) {
                System.out.println("analysis digest: " + digest(a));
            }
            a = null;
            gc();
            long h0 = System.nanoTime();
            HashJoinBaseline.Result base = HashJoinBaseline.run(kb);
            long hashMs = Math.max(1, (System.nanoTime() - h0) / 1_000_000);
            System.out.printf(Locale.ROOT, "rules benchmark: %,d claims: rules %,d ms; peak heap %,d MB (KB itself %,d MB before); "
                            + "analysis retained %,d MB; %,d findings; hash join %,d ms (%,d groups, %,d claims weighed); "
                            + "rules / hash join = %.1fx%n",
                    n, ms, peak >> 20, before >> 20, retained >> 20, findings, hashMs, base.groups(), base.weighed(),
                    (double) ms / hashMs);
        }
    }

    /**
     * A SHA-256 of the whole analysis as JSON ({@code -Dclaims.bench.digest=true}): two versions of
     * the engine that print the same digest concluded the same things, finding for finding.
     */
    private static String digest(Analysis a) {
        try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            try (var out = new java.security.DigestOutputStream(java.io.OutputStream.nullOutputStream(), sha)) {
                org.claimskb.files.Json.mapper().writeValue(out, List.of(new java.util.TreeMap<>(a.scores()),
                        a.stanceDisagreements(), a.numericDisagreements(), a.selfContradictions(), a.revisions(),
                        a.verdicts(), a.reportCards(), a.rules()));
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static KnowledgeBase synthetic(int n, long seed) {
        return synthetic(n, seed, 10);
    }

    /** As {@link #synthetic(int, long)}, with {@code perSource} claims in each source (10 there). */
    static KnowledgeBase synthetic(int n, long seed, int perSource) {
        Random r = new Random(seed);
        int companies = Math.max(5, n / 1_000);
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < companies; i++) {
            entities.add(new Entity("co-" + i, "Company " + i, List.of(), EntityKind.COMPANY, null));
            entities.add(new Entity("co-" + i + "-a", "Product A" + i, List.of(), EntityKind.PRODUCT, "co-" + i));
            entities.add(new Entity("co-" + i + "-b", "Product B" + i, List.of(), EntityKind.PRODUCT, "co-" + i));
        }
        int speakerCount = Math.max(5, n / 500);
        List<Speaker> speakers = new ArrayList<>();
        Regime[] regimes = Regime.values();
        for (int i = 0; i < speakerCount; i++) {
            List<Interest> interests = new ArrayList<>();
            for (int k = 0; k <= r.nextInt(2); k++) {
                interests.add(new Interest("co-" + r.nextInt(companies), InterestKind.EXECUTIVE, "synthetic", null));
            }
            speakers.add(new Speaker("sp-" + i, "Speaker " + i, null, regimes[i % 3], null, interests));
        }
        int propositionCount = Math.max(5, n / 1_000);
        List<Proposition> propositions = new ArrayList<>();
        for (int i = 0; i < propositionCount; i++) {
            propositions.add(new Proposition("p-" + i, "Proposition " + i, List.of()));
        }
        int keys = Math.max(5, n / 50);
        String[] scopes = {"phase 1", "full build", "per rack"};
        String[] units = {"lb", "kg", "short-ton"};
        double[] toLb = {1, 2.20462, 2000};
        List<Source> sources = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        List<Resolution> resolutions = new ArrayList<>();
        ClaimKind[] kinds = {ClaimKind.FACT, ClaimKind.STATISTIC, ClaimKind.OPINION, ClaimKind.ANALYSIS,
                ClaimKind.FACT, ClaimKind.STATISTIC, ClaimKind.OPINION, ClaimKind.ANALYSIS, ClaimKind.DISCLOSURE};
        int sourceCount = (n + perSource - 1) / perSource;
        for (int s = 0; s < sourceCount; s++) {
            String sid = "src-" + s;
            int event = s / 2;
            PartialDate date = new PartialDate(2024 + (event % 3), 1 + event % 12, 1 + event % 28);
            String a = "sp-" + r.nextInt(speakerCount);
            String b = "sp-" + r.nextInt(speakerCount);
            sources.add(new Source(sid, "Source " + s, s % 2 == 0 ? SourceKind.TRANSCRIPT : SourceKind.SUMMARY,
                    "ev-" + event, null, null, date, "en", null, null, List.of(a, b), "claims/" + sid + ".yaml"));
            for (int c = 0; c < perSource && claims.size() < n; c++) {
                int i = claims.size();
                String speaker = r.nextInt(4) == 0 ? b : a;
                boolean prediction = r.nextInt(10) == 0;
                ClaimKind kind = prediction ? ClaimKind.PREDICTION : kinds[r.nextInt(kinds.length)];
                List<Stance> stances = r.nextInt(4) == 0
                        ? List.of(new Stance("p-" + r.nextInt(propositionCount), r.nextBoolean() ? Position.FOR : Position.AGAINST))
                        : List.of();
                Quantity q = null;
                if (r.nextInt(5) == 0) {
                    int key = r.nextInt(keys);
                    int u = r.nextInt(3);
                    double lb = 1000 + (key % 97) * 100;
                    lb *= r.nextInt(8) == 0 ? 2 : 1 + (r.nextDouble() - 0.5) * 0.1;
                    q = new Quantity("subject-" + key, "weight", lb / toLb[u], lb / toLb[u], units[u],
                            (key & 1) == 0 ? null : scopes[r.nextInt(scopes.length)]);
                }
                List<String> favors = r.nextInt(5) == 0 ? List.of(product(r, companies)) : List.of();
                List<String> harms = r.nextInt(20) == 0 ? List.of(product(r, companies)) : List.of();
                PartialDate when = r.nextInt(4) == 0 ? new PartialDate(2024 + r.nextInt(4), null, null) : null;
                PartialDate due = prediction ? new PartialDate(2024 + r.nextInt(4), 1 + r.nextInt(12), null) : null;
                String about = null;
                Assessment assessment = null;
                if (i > 0 && r.nextInt(50) == 0) {
                    about = claims.get(r.nextInt(i)).id();
                    assessment = Assessment.values()[r.nextInt(Assessment.values().length)];
                }
                String id = sid + "/c" + c;
                claims.add(new Claim(id, sid, speaker, null, kind, "Synthetic claim " + i + " about weight", null,
                        List.of(), q, stances, when, favors, harms, due, prediction && r.nextBoolean() ? 0.7 : null,
                        about, assessment, r.nextInt(50) == 0 ? ClaimStatus.DRAFT : ClaimStatus.REVIEWED, 1));
                if (prediction && r.nextInt(5) == 0) {
                    resolutions.add(new Resolution(id, r.nextBoolean() ? Outcome.TRUE : Outcome.FALSE,
                            LocalDate.of(2025, 1 + r.nextInt(12), 1), null, "claims/resolutions.yaml"));
                }
            }
        }
        return new KnowledgeBase(speakers, entities, propositions, sources, claims, resolutions);
    }

    private static String product(Random r, int companies) {
        return "co-" + r.nextInt(companies) + (r.nextBoolean() ? "-a" : "-b");
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                p.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound on the heap the run needed. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
