package org.claimskb.factfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.claimskb.TestKb;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.EntityKind;
import org.claimskb.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fields fact-files v2 adds: aliases, evidence, concepts, author, questions and reply_to. */
class FactFilesV2Test {
    @TempDir
    Path dir;

    private static final String INTERVIEW = """
            speakers:
              - id: dwarkesh-patel
                name: Dwarkesh Patel
                aliases: [Dwarkesh, ドワルケシュ]
                regime: unknown
                interests:
                  - {entity: nvidia, kind: shareholder, basis: holds shares, evidence: "https://example.org/filing"}
            entities:
              - id: gross-margin
                name: gross margin
                aliases: [毛利率, 粗利率]
                kind: concept
            source:
              id: pod-2026
              kind: commentary
              author: dwarkesh-patel
              date: 2026-03
              speakers: [dwarkesh-patel, jensen-huang]
            claims:
              - id: asks-tpu
                speaker: dwarkesh-patel
                kind: question
                text: Isn't TPU growth all one customer?
              - id: answers-tpu
                speaker: jensen-huang
                kind: opinion
                text: TPU growth has many customers.
                reply_to: asks-tpu
              - id: answers-global
                speaker: jensen-huang
                kind: opinion
                text: Margins hold.
                topics: [gross-margin]
                reply_to: pod-2026/asks-tpu
            """;

    @Test
    void v2FieldsLoadIntoTheModel() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("pod.yaml", INTERVIEW);
        LoadResult r = FactFiles.load(kb.root);
        assertEquals(List.of(), r.problems().stream().map(Problem::toString).toList());
        var speaker = r.kb().speaker("dwarkesh-patel").orElseThrow();
        assertEquals(List.of("Dwarkesh", "ドワルケシュ"), speaker.aliases());
        assertEquals("https://example.org/filing", speaker.interests().get(0).evidence());
        assertEquals(EntityKind.CONCEPT, r.kb().entity("gross-margin").orElseThrow().kind());
        Source s = r.kb().source("pod-2026").orElseThrow();
        assertEquals("dwarkesh-patel", s.author());
        assertTrue(s.secondhandFor("jensen-huang"), "a commentary is second-hand for everyone but its author");
        assertTrue(!s.secondhandFor("dwarkesh-patel"));
        Claim q = r.kb().claim("pod-2026/asks-tpu").orElseThrow();
        assertEquals(ClaimKind.QUESTION, q.kind());
        assertEquals("pod-2026/asks-tpu", r.kb().claim("pod-2026/answers-tpu").orElseThrow().replyTo());
        assertEquals("pod-2026/asks-tpu", r.kb().claim("pod-2026/answers-global").orElseThrow().replyTo());
    }

    @Test
    void aQuestionArguesNothing() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("pod.yaml", INTERVIEW.replace("""
                    text: Isn't TPU growth all one customer?
                """, """
                    text: Isn't TPU growth all one customer?
                    stance: {proposition: tpu-competitive, position: against}
                    favors: [nvidia]
                """));
        List<String> problems = FactFiles.load(kb.root).problems().stream().map(Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("pod.yaml:") && p.contains("takes no 'stance'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("takes no 'favors'")), problems.toString());
    }

    @Test
    void replyToMustNameAnExistingQuestion() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("pod.yaml", INTERVIEW.replace("reply_to: asks-tpu", "reply_to: answers-global")
                .replace("reply_to: pod-2026/asks-tpu", "reply_to: asks-nothing"));
        List<String> problems = FactFiles.load(kb.root).problems().stream().map(Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("must name a question") && p.contains("'opinion'")),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown claim 'pod-2026/asks-nothing'")), problems.toString());
    }

    @Test
    void authorMustBeAKnownSpeaker() throws Exception {
        var kb = new TestKb(dir).standard();
        kb.write("pod.yaml", INTERVIEW.replace("author: dwarkesh-patel", "author: dwarkesh"));
        List<String> problems = FactFiles.load(kb.root).problems().stream().map(Problem::toString).toList();
        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown speaker 'dwarkesh'")), problems.toString());
    }
}
