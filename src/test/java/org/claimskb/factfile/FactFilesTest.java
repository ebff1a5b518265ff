package org.claimskb.factfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.claimskb.TestKb;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactFilesTest {
    @TempDir
    Path dir;

    @Test
    void theFactFilesAreTheVisibleYamlAndJsonFilesUnderClaimsInPathOrder() throws Exception {
        Path claims = Files.createDirectories(dir.resolve("claims"));
        for (String f : List.of("b.yaml", "a.yml", "sub/c.json", "notes.txt", ".hidden.yaml", ".git/x.yaml",
                "sub/.drafts/d.yaml", "UPPER.YAML")) {
            Files.createDirectories(claims.resolve(f).getParent());
            Files.writeString(claims.resolve(f), "{}");
        }
        Files.createSymbolicLink(claims.resolve("link.yaml"), claims.resolve("b.yaml"));
        Files.createSymbolicLink(claims.resolve("broken.yaml"), claims.resolve("gone.yaml"));
        Files.createSymbolicLink(claims.resolve("dir.yaml"), claims.resolve("sub"));
        var listed = FactFiles.list(dir).stream().map(p -> claims.relativize(p).toString()).toList();
        assertEquals(List.of("UPPER.YAML", "a.yml", "b.yaml", "link.yaml", "sub/c.json"), listed);
        var withAttributes = FactFiles.listWithAttributes(dir);
        assertEquals(FactFiles.list(dir), List.copyOf(withAttributes.keySet()));
        assertEquals(Files.size(claims.resolve("b.yaml")), withAttributes.get(claims.resolve("link.yaml")).size(),
                "a link is listed with its target's attributes");
    }

    private List<String> problems(LoadResult r) {
        return r.problems().stream().map(Problem::toString).toList();
    }

    private static boolean has(List<String> lines, String fragment) {
        return lines.stream().anyMatch(l -> l.contains(fragment));
    }

    @Test
    void validKbLoadsIntoRecords() throws Exception {
        var kb = new TestKb(dir).standard();
        LoadResult r = FactFiles.load(kb.root);
        assertEquals(List.of(), problems(r));
        assertEquals(3, r.kb().claims().size());
        Claim rack = r.kb().claim("baker-2025/rack-weight").orElseThrow();
        assertEquals("05:03", rack.at());
        assertEquals(ClaimKind.STATISTIC, rack.kind());
        assertEquals(3000, rack.quantity().min());
        assertEquals("lb", rack.quantity().unit());
        Claim opinion = r.kb().claim("baker-2025/tpu-cheapest").orElseThrow();
        assertEquals(Position.FOR, opinion.stances().get(0).position(), "a single stance object is a list of one");
        assertEquals("2027-12-31", r.kb().claim("huang-2026/training-demand").orElseThrow().due().toString());
        assertEquals(List.of("google-tpu", "google"), r.kb().withAncestors("google-tpu").stream().map(e -> e.id()).toList());
    }

    @Test
    void misspelledFieldIsReportedWithPositionAndHint() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("bad.yaml", """
                source:
                  id: bad-source
                  kind: sumary
                  date: 2025-01-01
                  speakers: [gavin-baker]
                claims:
                  - id: x
                    speakr: gavin-baker
                    kind: fact
                    text: Something.
                """);
        var lines = problems(FactFiles.load(kb.root));
        assertTrue(lines.contains("claims/bad.yaml:8:5: unknown field 'speakr' in 'claims[0]' (did you mean 'speaker'?)"), lines.toString());
        assertTrue(has(lines, "claims/bad.yaml:3:9: 'kind' must be one of"), lines.toString());
        assertTrue(has(lines, "(did you mean 'summary'?)"), lines.toString());
        assertTrue(has(lines, "claims/bad.yaml:7:5: missing required field 'speaker'"), lines.toString());
    }

    @Test
    void everyProblemInEveryFileIsReportedAndGoodFilesStillLoad() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("refs.yaml", """
                source:
                  id: refs
                  kind: article
                  date: 2025-13-01
                  speakers: [gavin-baker]
                claims:
                  - id: a
                    speaker: jensen-huangg
                    kind: fact
                    text: A fact with a due date.
                    due: 2026
                    favors: [nvidai]
                    stance: [{proposition: tpu-competitiv, position: against}]
                  - id: a
                    speaker: gavin-baker
                    kind: statistic
                    text: A rack in kilowatts.
                    quantity: {subject: blackwell-rack, metric: weight, value: 120, unit: kW}
                """);
        kb.write("syntax.yaml", "speakers: [\n  - id: x\n");
        kb.write("types.json", "{\"propositions\": [{\"id\": \"p-1\", \"statement\": 42}]}");
        LoadResult r = FactFiles.load(kb.root);
        var lines = problems(r);
        assertTrue(has(lines, "claims/refs.yaml:4:9: '2025-13-01' is not a real date"), lines.toString());
        assertTrue(has(lines, "claims/refs.yaml:8:14: unknown speaker 'jensen-huangg' (did you mean 'jensen-huang'?)"), lines.toString());
        assertTrue(has(lines, "'due' is only for predictions"), lines.toString());
        assertTrue(has(lines, "unknown entity 'nvidai' (did you mean 'nvidia'?)"), lines.toString());
        assertTrue(has(lines, "unknown proposition 'tpu-competitiv' (did you mean 'tpu-competitive'?)"), lines.toString());
        assertTrue(has(lines, "duplicate claim id 'a'"), lines.toString());
        assertTrue(has(lines, "unit 'kW' of metric 'weight' cannot be converted to 'lb'"), lines.toString());
        assertTrue(has(lines, "claims/syntax.yaml:2:3: YAML syntax error"), lines.toString());
        assertTrue(has(lines, "claims/types.json:1:"), lines.toString());
        assertTrue(has(lines, "'statement' must be a string"), lines.toString());
        assertEquals(List.of("claims/refs.yaml", "claims/syntax.yaml", "claims/types.json"), r.skippedFiles());
        assertEquals(3, r.kb().claims().size(), "the valid files still load");
    }

    @Test
    void aFileDependingOnASkippedFileIsSkippedWithThatReason() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("extra-speakers.yaml", """
                speakers:
                  - id: dylan-patel
                    name: Dylan Patel
                    regime: sometimes
                """);
        kb.write("patel.yaml", """
                source: {id: patel, kind: translation, date: 2024-12, speakers: [dylan-patel]}
                claims:
                  - {id: share, speaker: dylan-patel, kind: statistic, text: NVIDIA runs most AI work.}
                """);
        LoadResult r = FactFiles.load(kb.root);
        assertEquals(1, r.problems().size(), problems(r).toString());
        assertTrue(problems(r).get(0).startsWith("claims/extra-speakers.yaml:4:13: 'regime' must be one of"));
        var source = r.skipped().stream().filter(s -> "source 'patel'".equals(s.item())).findFirst().orElseThrow();
        assertEquals("claims/patel.yaml", source.path());
        assertEquals("depends on speaker 'dylan-patel', which is skipped (claims/extra-speakers.yaml:2)", source.reason());
        var claim = r.skipped().stream().filter(s -> "claim 'patel/share'".equals(s.item())).findFirst().orElseThrow();
        assertEquals(3, claim.line());
        assertTrue(claim.reason().startsWith("depends on"), claim.reason());
    }

    @Test
    void duplicateIdsAcrossFilesNameTheFirstDefinition() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("more-entities.yaml", "entities:\n  - {id: nvidia, name: Nvidia again}\n");
        var lines = problems(FactFiles.load(kb.root));
        assertEquals(List.of("claims/more-entities.yaml:2:10: duplicate entity id 'nvidia' (first defined at claims/entities.yaml:2)"), lines);
    }

    @Test
    void unreadableInputsAreProblemsNotCrashes() throws Exception {
        var kb = new TestKb(dir).standard();
        Files.write(kb.root.resolve("claims/latin1.yaml"), new byte[] {'a', ':', ' ', (byte) 0xE9, '\n'});
        Files.write(kb.root.resolve("claims/binary.yaml"), new byte[] {0, 1, 2, 3});
        kb.write("list.yaml", "- just\n- a list\n");
        kb.write("empty.yaml", "");
        var lines = problems(FactFiles.load(kb.root));
        assertTrue(lines.contains("claims/latin1.yaml:1:1: not UTF-8 text (fact files must be UTF-8)"), lines.toString());
        assertTrue(lines.contains("claims/binary.yaml:1:1: binary file, not a fact file (it holds NUL bytes)"), lines.toString());
        assertTrue(has(lines, "claims/list.yaml:1:1: a fact file must be a mapping of sections"), lines.toString());
        assertFalse(has(lines, "empty.yaml"), "an empty file is an empty fact file");
    }

    @Test
    void aReplacementIsCheckedAsIfItWereInPlace() throws Exception {
        var kb = new TestKb(dir).standard();
        Path baker = kb.root.resolve("claims/baker.yaml");
        String before = Files.readString(baker);
        LoadResult r = FactFiles.loadWith(kb.root, baker, "source: {id: baker-2025, kind: summary}\n");
        assertEquals(List.of("claims/baker.yaml:1:9: missing required field 'date' in 'source'"), problems(r));
        assertEquals(before, Files.readString(baker), "nothing on disk changes");
        LoadResult fresh = FactFiles.loadWith(kb.root, kb.root.resolve("claims/new.yaml"),
                "source: {id: new, kind: article, date: 2026, speakers: [gavin-baker]}\n");
        assertEquals(List.of(), problems(fresh));
        assertTrue(fresh.kb().source("new").isPresent());
    }

    @Test
    void claimsNeedTheirSpeakerListedBySource() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("unlisted.yaml", """
                source: {id: unlisted, kind: article, date: 2025, speakers: [gavin-baker]}
                claims:
                  - {id: c, speaker: jensen-huang, kind: opinion, text: Something.}
                """);
        var lines = problems(FactFiles.load(kb.root));
        assertTrue(has(lines, "claims/unlisted.yaml:3:22: speaker 'jensen-huang' is not listed in the source's speakers [gavin-baker]"), lines.toString());
    }

    @Test
    void rangesProbabilitiesAndAboutAreChecked() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("zvi.yaml", """
                speakers:
                  - {id: zvi, name: Zvi}
                source: {id: zvi-post, kind: commentary, date: 2026-04-16, speakers: [zvi]}
                claims:
                  - id: range
                    speaker: zvi
                    kind: prediction
                    text: A range upside down.
                    probability: 1.5
                    quantity: {subject: s, metric: share, value: {min: 9, max: 3}, unit: "%"}
                  - id: judge
                    speaker: zvi
                    kind: analysis
                    text: Calls it disingenuous.
                    about: huang-2026/training-demand
                    assessment: calls-disingenuous
                  - id: bad-about
                    speaker: zvi
                    kind: analysis
                    text: Judges a missing claim.
                    about: huang-2026/training-demnd
                    assessment: disputes
                """);
        var lines = problems(FactFiles.load(kb.root));
        assertTrue(has(lines, "'probability' is out of range"), lines.toString());
        assertTrue(has(lines, "range min 9 is above max 3"), lines.toString());
        assertTrue(has(lines, "unknown claim 'huang-2026/training-demnd' (did you mean 'huang-2026/training-demand'?)"), lines.toString());
        assertFalse(has(lines, "calls-disingenuous"), lines.toString());
    }

    @Test
    void aLongPartOfChainLoadsAndEachCycleIsReportedOnceAtItsNewestEntity() throws Exception {
        var kb = new TestKb(dir).standard();
        var chain = new StringBuilder("entities:\n");
        for (int i = 0; i < 5000; i++) {
            chain.append("  - {id: e").append(i).append(", name: E").append(i)
                    .append(i + 1 < 5000 ? ", part_of: e" + (i + 1) : "").append("}\n");
        }
        chain.append("  - {id: x-co, name: X, part_of: y-co}\n  - {id: y-co, name: Y, part_of: z-co}\n")
                .append("  - {id: z-co, name: Z, part_of: x-co}\n  - {id: self-co, name: S, part_of: self-co}\n");
        kb.write("chain.yaml", chain.toString());
        long start = System.nanoTime();
        LoadResult r = FactFiles.load(kb.root);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of("claims/chain.yaml:5004:34: 'part_of' forms a cycle: z-co → x-co → y-co → z-co",
                "claims/chain.yaml:5005:37: 'part_of' forms a cycle: self-co → self-co"), problems(r));
        assertTrue(r.kb().entity("e0").isPresent() && r.kb().entity("e4999").isPresent(), "the chain loads");
        assertFalse(r.kb().entity("z-co").isPresent());
        // The rest of a cycle names its reported entity through part_of, so it is skipped as depending on it.
        var x = r.skipped().stream().filter(k -> "entity 'x-co'".equals(k.item())).findFirst().orElseThrow();
        assertTrue(x.reason().startsWith("depends on entity"), x.reason());
        assertTrue(millis < 20_000, "linear, not quadratic: " + millis + " ms");
    }
}
