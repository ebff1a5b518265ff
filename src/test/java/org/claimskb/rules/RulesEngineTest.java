package org.claimskb.rules;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimskb.factfile.Problem;
import org.claimskb.model.Assessment;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Flag;
import org.claimskb.model.Outcome;
import org.claimskb.model.Position;
import org.claimskb.model.Regime;
import org.claimskb.model.SourceKind;
import org.claimskb.scoring.Analysis;
import org.claimskb.scoring.ClaimScore;
import org.claimskb.scoring.Finding;
import org.claimskb.scoring.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesEngineTest {

    /** A KB that exercises every rule file. */
    static TestKb busyKb() {
        TestKb kb = new TestKb().entity("acme", null).entity("acme-chip", "acme").proposition("p")
                .speaker("ceo", Regime.BOUNDED, "acme").speaker("analyst", Regime.UNKNOWN)
                .speaker("hype", Regime.UNBOUNDED, "acme")
                .source("sum", SourceKind.SUMMARY, "conf", "2025-10-01");
        kb.claim("sum/a", "ceo", ClaimKind.STATISTIC, "Chip sales 3000 units.").quantity("chip", "sales", 3000, "units", null)
                .favors("acme-chip").stance("p", Position.FOR);
        kb.claim("t1/b", "analyst", ClaimKind.STATISTIC, "Chip sales 6000.").quantity("chip", "sales", 6000, "units", null)
                .stance("p", Position.AGAINST);
        kb.claim("t2/c", "hype", ClaimKind.PREDICTION, "Acme doubles.").due("2025-06-30").favors("acme");
        kb.claim("t3/d", "analyst", ClaimKind.OPINION, "The CEO is spinning.").about("sum/a", Assessment.CALLS_DISINGENUOUS);
        kb.claim("t4/e", "ceo", ClaimKind.FACT, "We lost 2 customers.").harms("acme");
        kb.claim("t5/f", "hype", ClaimKind.OPINION, "P!").stance("p", Position.FOR);
        kb.claim("t6/g", "ceo", ClaimKind.PREDICTION, "Acme chip by 2026.").due("2026-12-31").draft();
        kb.claim("t7/h", "hype", ClaimKind.PREDICTION, "Old call.").due("2024-12-31");
        kb.resolution("t7/h", Outcome.FALSE, "2025-01-05");
        return kb;
    }

    @Test
    void keptSessionsGiveTheResultOfRunningThemWhateverStateTheEntriesAreIn(@org.junit.jupiter.api.io.TempDir Path kept)
            throws Exception {
        CompiledRules rules = RulesEngine.compile(TestKb.RULES, null);
        var kb = busyKb().build();
        Analysis run = RulesEngine.analyze(rules, kb, TestKb.TODAY, 1, 1);
        assertSameAnalysis(run, RulesEngine.analyze(rules, kb, TestKb.TODAY, 1, 1, kept));
        List<Path> entries = entries(kept);
        assertTrue(entries.size() > 4, "one entry per session: " + entries);
        // Read back, not run and written again: the same result from the same files.
        List<Object> files = fileKeys(entries);
        assertSameAnalysis(run, RulesEngine.analyze(rules, kb, TestKb.TODAY, 1, 1, kept));
        assertEquals(entries, entries(kept));
        assertEquals(files, fileKeys(entries), "no entry was written again");

        // One claim's words change: its speaker's evidence session runs again, the rest are read back.
        TestKb edited = busyKb();
        edited.claim("t9/z", "analyst", ClaimKind.OPINION, "An added thought.");
        var kb2 = edited.build();
        assertSameAnalysis(RulesEngine.analyze(rules, kb2, TestKb.TODAY, 1, 1),
                RulesEngine.analyze(rules, kb2, TestKb.TODAY, 1, 1, kept));
        List<Path> after = entries(kept);
        assertTrue(after.stream().filter(entries::contains).count() >= 2, "unchanged sessions kept: " + after);
        assertFalse(after.containsAll(entries), "the analyst's old session is swept: " + after);

        // Damaged entries are misses: the sessions run again.
        for (Path p : after) {
            byte[] b = Files.readAllBytes(p);
            b[b.length / 2] ^= 0x5a;
            Files.write(p, b);
        }
        assertSameAnalysis(RulesEngine.analyze(rules, kb2, TestKb.TODAY, 1, 1),
                RulesEngine.analyze(rules, kb2, TestKb.TODAY, 1, 1, kept));
    }

    private static void assertSameAnalysis(Analysis expected, Analysis actual) {
        assertEquals(expected.scores(), actual.scores());
        assertEquals(expected.stanceDisagreements(), actual.stanceDisagreements());
        assertEquals(expected.numericDisagreements(), actual.numericDisagreements());
        assertEquals(expected.revisions(), actual.revisions());
        assertEquals(expected.selfContradictions(), actual.selfContradictions());
        assertEquals(expected.verdicts(), actual.verdicts());
        assertEquals(expected.reportCards(), actual.reportCards());
        assertEquals(expected.rules(), actual.rules(), "the same rules fired as often");
    }

    private static List<Object> fileKeys(List<Path> files) throws java.io.IOException {
        var keys = new java.util.ArrayList<Object>();
        for (Path f : files) {
            keys.add(Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
        return keys;
    }

    private static List<Path> entries(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void sessionsOfOneClaimOrOneVoterGiveTheResultOfOneSession() {
        CompiledRules rules = RulesEngine.compile(TestKb.RULES, null);
        TestKb test = busyKb().proposition("q");
        test.claim("t8/i", "ceo", ClaimKind.OPINION, "Q holds.").stance("q", Position.FOR);
        test.claim("t9/j", "analyst", ClaimKind.OPINION, "Q fails.").stance("q", Position.AGAINST);
        test.claim("t9/k", "hype", ClaimKind.OPINION, "Q holds, surely.").stance("q", Position.FOR);
        var kb = test.build();
        Analysis one = RulesEngine.analyze(rules, kb, TestKb.TODAY, Integer.MAX_VALUE, Integer.MAX_VALUE);
        Analysis many = RulesEngine.analyze(rules, kb, TestKb.TODAY, 1, 1);
        assertEquals(one.scores(), many.scores());
        assertEquals(one.stanceDisagreements(), many.stanceDisagreements());
        assertEquals(one.numericDisagreements(), many.numericDisagreements());
        assertEquals(one.revisions(), many.revisions());
        assertEquals(one.selfContradictions(), many.selfContradictions());
        assertEquals(one.verdicts(), many.verdicts());
        assertEquals(one.reportCards(), many.reportCards());
        assertTrue(one.scores().get("sum/a").flags().contains(Flag.DISPUTED), "commentary still weighs its target");
        assertTrue(one.scores().get("sum/a").flags().contains(Flag.CONTRADICTED));
        assertTrue(one.scores().get("t9/j").flags().contains(Flag.CONTRADICTED));
        assertTrue(one.scores().get("t9/k").flags().contains(Flag.CORROBORATED));
        assertEquals(3, org.claimskb.rules.facts.FactBuilder.evidenceBatches(kb, TestKb.TODAY, 1).size(),
                "one session per speaker when a session holds one claim");
        var sides = RulesEngine.sideMembers(Groups.of(kb, rules.parameters().numericTolerance()));
        assertTrue(RulesEngine.relationBatches(sides, 1).size() > 1, "several relations sessions");
    }

    @Test
    void explanationEffectsSumToTheCredibility() {
        Analysis a = busyKb().analyze();
        assertFalse(a.scores().isEmpty());
        for (ClaimScore s : a.scores().values()) {
            double sum = s.prior();
            for (Finding f : s.findings()) {
                sum += f.effect(); // left to right, as a reader adds up `claims show`
            }
            assertEquals(ClaimScore.sigmoid(sum), s.credibility(), 0.0, s.claim());
            Set<Flag> fromFindings = s.findings().stream().map(Finding::flag).filter(f -> f != null)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Flag.class)));
            assertEquals(fromFindings, s.flags());
            assertFalse(s.priorDetail().isBlank());
            s.findings().forEach(f -> assertFalse(f.detail().isBlank(), f.rule()));
        }
    }

    @Test
    void everyFlagOfTheVocabularyIsProducedBySomeShippedRuleAndEveryRuleSaysWhy() {
        var rules = RulesEngine.compile(TestKb.RULES, null).rules();
        Set<String> flags = rules.stream().map(RuleInfo::flag).filter(f -> f != null).collect(Collectors.toSet());
        for (Flag f : Flag.values()) {
            assertTrue(flags.contains(f.name()), "no rule raises " + f);
        }
        for (RuleInfo r : rules) {
            assertNotNull(r.reason(), r.name());
            assertTrue(r.file().startsWith("rules/") && r.file().endsWith(".drl"), r.file());
        }
        RuleInfo prior = rules.stream().filter(r -> r.name().equals("prior: bounded speaker, fact or statistic"))
                .findFirst().orElseThrow();
        assertEquals("rules/scoring.drl", prior.file());
        assertEquals(1.5, prior.weight());
    }

    @Test
    void analysisIsDeterministic() {
        Analysis a = busyKb().analyze();
        Analysis b = busyKb().analyze();
        assertEquals(a.scores().toString(), b.scores().toString());
        assertEquals(a.disagreements(), b.disagreements());
        assertEquals(a.revisions(), b.revisions());
        assertEquals(a.verdicts(), b.verdicts());
        assertEquals(a.reportCards(), b.reportCards());
    }

    @Test
    void aWeightEditedInTheDrlChangesTheScore(@TempDir Path kbRoot) throws IOException {
        Path rules = copyRules(kbRoot);
        Path secondhand = rules.resolve("provenance.drl");
        Files.writeString(secondhand, Files.readString(secondhand).replace("@weight(-0.2)", "@weight(-0.9)"));
        Analysis a = RulesEngine.analyze(RulesEngine.compile(rules, null), busyKb().build(), TestKb.TODAY);
        Finding f = a.score("sum/a").orElseThrow().findings().stream().filter(x -> x.flag() == Flag.SECONDHAND)
                .findFirst().orElseThrow();
        assertEquals(-0.9, f.effect());
    }

    @Test
    void drlSyntaxErrorIsReportedWithFileAndLine(@TempDir Path kbRoot) throws IOException {
        Path rules = copyRules(kbRoot);
        Files.writeString(rules.resolve("broken.drl"), """
                package claimskb.rules;
                import org.claimskb.rules.facts.*;

                rule "broken"
                when
                    $c : ClaimFact(kind == )
                then
                end
                """);
        RuleErrors e = assertThrows(RuleErrors.class, () -> RulesEngine.compile(rules, null));
        Problem p = e.problems().get(0);
        assertEquals("rules/broken.drl", p.path());
        assertEquals(6, p.line());
        assertTrue(p.toString().startsWith("rules/broken.drl:6: "), p.toString());
        assertEquals(e.problems(), RulesEngine.check(rules));
    }

    @Test
    void unknownTypeInARuleIsReported(@TempDir Path kbRoot) throws IOException {
        Path rules = copyRules(kbRoot);
        Files.writeString(rules.resolve("typo.drl"), """
                package claimskb.rules;
                import org.claimskb.rules.facts.*;

                rule "typo"
                when
                    $c : ClaimFakt()
                then
                end
                """);
        RuleErrors e = assertThrows(RuleErrors.class, () -> RulesEngine.compile(rules, null));
        assertTrue(e.problems().stream().anyMatch(p -> p.path().equals("rules/typo.drl") && p.line() > 0),
                e.getMessage());
    }

    @Test
    void malformedMetadataIsReported(@TempDir Path kbRoot) throws IOException {
        Path rules = copyRules(kbRoot);
        Files.writeString(rules.resolve("meta.drl"), """
                package claimskb.rules;
                import org.claimskb.rules.facts.*;
                global org.claimskb.rules.Findings findings;

                rule "bad flag"
                    @flag(MAYBE_TRUE) @weight(0.1) @reason("x")
                when
                    $c : ClaimFact()
                then
                end

                rule "bad weight"
                    @flag(DRAFT) @weight(heavy) @reason("x")
                when
                    $c : ClaimFact()
                then
                end
                """);
        RuleErrors e = assertThrows(RuleErrors.class, () -> RulesEngine.compile(rules, null));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertEquals("rules/meta.drl", e.problems().get(0).path());
        assertEquals(5, e.problems().get(0).line());
        assertTrue(e.problems().get(0).message().contains("MAYBE_TRUE"));
        assertEquals(12, e.problems().get(1).line());
    }

    @Test
    void aLoopingRuleIsCappedAndNamed(@TempDir Path kbRoot) throws IOException {
        Path rules = copyRules(kbRoot);
        Files.writeString(rules.resolve("loop.drl"), """
                package claimskb.rules;
                import org.claimskb.rules.facts.*;

                rule "forever"
                when
                    $t : AsOf()
                then
                    delete($t);
                    insert(new AsOf($t.date()));
                end
                """);
        RuleErrors e = assertThrows(RuleErrors.class,
                () -> RulesEngine.analyze(RulesEngine.compile(rules, null), busyKb().build(), TestKb.TODAY));
        Problem p = e.problems().get(0);
        assertEquals("rules/loop.drl", p.path());
        assertEquals(4, p.line());
        assertTrue(p.message().contains("\"forever\"") && p.message().contains("loop"), p.message());
    }

    @Test
    void aRuleThatFailsWhileFiringIsNamed(@TempDir Path kbRoot) throws IOException {
        Path rules = copyRules(kbRoot);
        Files.writeString(rules.resolve("fail.drl"), """
                package claimskb.rules;
                import org.claimskb.rules.facts.*;

                rule "divides by zero"
                when
                    $c : ClaimFact()
                then
                    int zero = 0;
                    System.out.print(1 / zero);
                end
                """);
        RuleErrors e = assertThrows(RuleErrors.class,
                () -> RulesEngine.analyze(RulesEngine.compile(rules, null), busyKb().build(), TestKb.TODAY));
        assertTrue(e.problems().get(0).toString().startsWith("rules/fail.drl:4: rule \"divides by zero\" failed"),
                e.getMessage());
    }

    @Test
    void missingRulesDirectoryIsAProblemNotACrash(@TempDir Path kbRoot) {
        RuleErrors e = assertThrows(RuleErrors.class, () -> RulesEngine.compile(kbRoot.resolve("rules"), null));
        assertEquals("rules", e.problems().get(0).path());
    }

    @Test
    void compiledRulesAreCachedOnDiskAndReusedByHash(@TempDir Path kbRoot) throws IOException {
        Path rules = copyRules(kbRoot);
        Path cache = RulesEngine.defaultCacheDir(rules);
        assertEquals(kbRoot.resolve(".claims-index/rules-cache").toAbsolutePath(), cache);
        RuleCompiler.clearMemoryCache();
        CompiledRules first = RulesEngine.compile(rules);
        assertEquals(CompiledRules.Origin.COMPILED, first.origin());
        assertEquals(CompiledRules.Origin.MEMORY, RulesEngine.compile(rules).origin());
        try (var files = Files.list(cache)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".kpkg")).count());
        }
        RuleCompiler.clearMemoryCache();
        CompiledRules fromDisk = RulesEngine.compile(rules);
        assertEquals(CompiledRules.Origin.DISK, fromDisk.origin());
        assertEquals(first.hash(), fromDisk.hash());
        assertEquals(first.rules(), fromDisk.rules());
        Analysis compiled = RulesEngine.analyze(first, busyKb().build(), TestKb.TODAY);
        Analysis loaded = RulesEngine.analyze(fromDisk, busyKb().build(), TestKb.TODAY);
        assertEquals(compiled.scores().toString(), loaded.scores().toString());

        // A changed rule file changes the hash and is compiled afresh.
        Path p = rules.resolve("provenance.drl");
        Files.writeString(p, Files.readString(p) + "\n// edited\n");
        CompiledRules edited = RulesEngine.compile(rules);
        assertEquals(CompiledRules.Origin.COMPILED, edited.origin());
        assertNotEquals(first.hash(), edited.hash());

        // A damaged cache file costs a recompilation, not a failure.
        RuleCompiler.clearMemoryCache();
        try (var files = Files.list(cache)) {
            for (Path f : files.toList()) {
                Files.write(f, new byte[] {1, 2, 3});
            }
        }
        assertEquals(CompiledRules.Origin.COMPILED, RulesEngine.compile(rules).origin());
    }

    static Path copyRules(Path kbRoot) throws IOException {
        Path rules = kbRoot.resolve("rules");
        Files.createDirectories(rules);
        try (var files = Files.list(TestKb.RULES)) {
            for (Path f : files.toList()) {
                Files.copy(f, rules.resolve(f.getFileName()));
            }
        }
        return rules;
    }
}
