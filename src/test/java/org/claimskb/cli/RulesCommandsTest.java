package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimskb.TestKb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** contradictions, verdict and speakers through the command line, on YAML fact files scored by the shipped rules. */
class RulesCommandsTest {
    @TempDir
    Path dir;

    @BeforeEach
    void kb() throws IOException {
        TestKb kb = new TestKb(dir).standard().withShippedRules();
        kb.write("patel.yaml", """
                source:
                  id: patel-2024
                  kind: transcript
                  event: patel-event
                  date: 2024-10-01
                  speakers: [dylan-patel]
                claims:
                  - id: rack-weight
                    speaker: dylan-patel
                    kind: statistic
                    text: A Blackwell rack weighs 3 tons.
                    quantity: {subject: blackwell-rack, metric: weight, value: 3, unit: short-ton}
                  - id: tpu-behind
                    speaker: dylan-patel
                    kind: analysis
                    text: TPUs trail GPUs by 2 generations, and will next year.
                    when: 2025
                    stance: {proposition: tpu-competitive, position: against}
                """);
        kb.write("patel-speaker.yaml", """
                speakers:
                  - id: dylan-patel
                    name: Dylan Patel
                    regime: unknown
                """);
    }

    private static java.util.List<String> texts(JsonNode array) {
        var out = new java.util.ArrayList<String>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode json(CliRun run) throws Exception {
        assertEquals(0, run.status(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void contradictionsJsonHasTheContractShape() throws Exception {
        JsonNode doc = json(CliRun.of(dir, "contradictions", "--json", "--as-of", "2026-01-01"));
        JsonNode list = doc.get("contradictions");
        JsonNode numeric = null;
        JsonNode stance = null;
        for (JsonNode c : list) {
            if (c.get("kind").asText().equals("numeric")) numeric = c;
            if (c.get("kind").asText().equals("stance")) stance = c;
        }
        assertTrue(numeric != null && stance != null, doc.toString());
        assertEquals(java.util.Set.of("baker-2025/rack-weight", "patel-2024/rack-weight"),
                java.util.Set.copyOf(numeric.findValuesAsText("claims").isEmpty() ? texts(numeric.get("claims")) : texts(numeric.get("claims"))));
        assertEquals(java.util.Set.of("gavin-baker", "dylan-patel"), java.util.Set.copyOf(texts(numeric.get("speakers"))));
        assertEquals(2, numeric.get("sides").size(), "one item per group, with its sides");
        for (JsonNode side : numeric.get("sides")) {
            assertTrue(side.has("value") && side.has("claims") && side.has("speakers") && side.get("weight").asDouble() > 0, side.toString());
        }
        assertTrue(numeric.has("year") && numeric.has("scope"));
        assertEquals("blackwell-rack", numeric.get("subject").asText());
        assertEquals("weight", numeric.get("metric").asText());
        String detail = numeric.get("detail").asText();
        assertTrue(detail.contains("3 short-ton = 6000 lb") || detail.contains("3000 lb = 1.5 short-ton"),
                "the other side's value in the first side's unit: " + detail);
        assertEquals("tpu-competitive", stance.get("proposition").asText());
        assertEquals(2025, stance.get("year").asInt());
        assertTrue(stance.has("sides") && stance.has("detail") && doc.has("revisions"));
        assertEquals(java.util.Set.of("for", "against"), java.util.Set.copyOf(stance.get("sides").findValuesAsText("position")));
    }

    @Test
    void contradictionsFilterBySpeakerAndRejectUnknownOnes() throws Exception {
        JsonNode huang = json(CliRun.of(dir, "contradictions", "--speaker", "jensen-huang", "--json"));
        assertEquals(0, huang.get("contradictions").size());
        CliRun bad = CliRun.of(dir, "contradictions", "--speaker", "dylan-patl");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("did you mean 'dylan-patel'?"), bad.err());
        assertFalse(bad.err().contains("\tat "));
        CliRun text = CliRun.of(dir, "contradictions", "--speaker", "dylan-patel");
        assertEquals(0, text.status(), text.err());
        assertTrue(text.out().contains("weight of blackwell-rack"), text.out());
        assertTrue(text.out().contains("\"A Blackwell rack weighs 3 tons.\""), "each side's strongest claim is quoted: " + text.out());
    }

    @Test
    void verdictJsonListsEvidenceForAndAgainst() throws Exception {
        JsonNode doc = json(CliRun.of(dir, "verdict", "--json", "--as-of", "2026-01-01"));
        JsonNode v = doc.get("verdicts").get(0);
        assertEquals("tpu-competitive", v.get("proposition").asText());
        assertEquals("TPUs are competitive with GPUs.", v.get("statement").asText());
        assertTrue(v.get("verdict").asText().matches(
                "supported|leans-supported|contested|leans-refuted|refuted|insufficient-evidence"));
        assertTrue(v.get("score").asDouble() >= -1 && v.get("score").asDouble() <= 1);
        assertTrue(v.get("weight").asDouble() > 0);
        assertEquals("[\"baker-2025/tpu-cheapest\"]", v.get("for").toString());
        assertEquals("[\"patel-2024/tpu-behind\"]", v.get("against").toString());
        JsonNode one = json(CliRun.of(dir, "verdict", "tpu-competitive", "--json"));
        assertEquals(1, one.get("verdicts").size());
        CliRun bad = CliRun.of(dir, "verdict", "tpu-competitve");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("did you mean 'tpu-competitive'?"), bad.err());
    }

    @Test
    void speakersJsonHasOneReportCardPerSpeaker() throws Exception {
        JsonNode doc = json(CliRun.of(dir, "speakers", "--json", "--as-of", "2026-01-01"));
        JsonNode speakers = doc.get("speakers");
        assertEquals(3, speakers.size());
        JsonNode huang = null;
        for (JsonNode s : speakers) {
            for (String f : new String[] {"id", "name", "regime", "claims", "mean_credibility", "flags", "predictions", "grade"}) {
                assertTrue(s.has(f), f + " in " + s);
            }
            if (s.get("id").asText().equals("jensen-huang")) huang = s;
        }
        assertEquals("Jensen Huang", huang.get("name").asText());
        assertEquals("bounded", huang.get("regime").asText());
        assertEquals(1, huang.get("claims").asInt());
        assertEquals(1, huang.get("flags").get("SELF_INTEREST").asInt());
        assertEquals(0, huang.get("predictions").get("due").asInt());
        assertEquals(0, huang.get("predictions").get("true").asInt());
        assertEquals(0, huang.get("predictions").get("false").asInt());
        assertEquals("F", huang.get("grade").asText());
        CliRun later = CliRun.of(dir, "speakers", "--json", "--as-of", "2028-01-01");
        assertEquals(1, json(later).get("speakers").findValues("due").stream().mapToInt(JsonNode::asInt).sum());
    }

    @Test
    void aBrokenRuleFileIsReportedWithFileAndLineAndExitTwo() throws Exception {
        Files.writeString(dir.resolve("rules/broken.drl"), "package claimskb.rules;\n\nrule \"x\"\nwhen\n  ClaimFact(\nthen\nend\n");
        CliRun validate = CliRun.of(dir, "validate");
        assertEquals(2, validate.status());
        assertTrue(validate.err().contains("rules/broken.drl:"), validate.err());
        assertFalse(validate.err().contains("\tat "));
        CliRun verdict = CliRun.of(dir, "verdict", "--as-of", "2030-01-01");
        assertEquals(2, verdict.status());
        assertTrue(verdict.err().contains("rules/broken.drl:"), verdict.err());
    }

    @Test
    void validateCountsTheRules() {
        CliRun run = CliRun.of(dir, "validate");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().matches("(?s).*\\d+ rules in 9 rule files.*"), run.out());
    }
}
