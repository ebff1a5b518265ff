package org.claimskb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static JsonNode render(ReportFixture f) throws Exception {
        return new ObjectMapper().readTree(JsonRenderer.render(ReportBuilder.build(f.kb, f.analysis)));
    }

    @Test
    void holdsEverythingTheOtherFormatsShowInSnakeCase() throws Exception {
        JsonNode json = render(ReportFixture.plain());
        assertEquals("2026-03-01", json.at("/summary/as_of").asText());
        assertEquals(7, json.at("/summary/key_findings").size());
        JsonNode verdict = json.at("/verdicts/0");
        assertEquals("google-lowest-cost", verdict.at("/proposition").asText());
        assertEquals("leans-supported", verdict.at("/verdict").asText());
        assertEquals(2, verdict.at("/evidence_for").size());
        assertEquals("patel-notes-2025/tpu-cost", verdict.at("/evidence_for/0/claim/id").asText());
        assertEquals("corroborated", verdict.at("/evidence_for/0/breakdown/findings/0/rule").asText());
        assertEquals("numeric", json.at("/contradictions/1/kind").asText());
        assertEquals("B", json.at("/speakers/0/grade").asText());
        assertEquals(0.36, json.at("/speakers/1/track_record/brier").asDouble());
        assertEquals("huang-pod-2026/gpu-cheapest", json.at("/interests/self_interest/0/claim/id").asText());
        assertEquals("due", json.at("/predictions/due/0/status").asText());
        assertEquals(5, json.at("/methodology/rules").size());
        assertTrue(json.at("/methodology/rules/0/weight").isNull(), "computed weights are null");
        assertEquals(3, json.at("/methodology/regimes").size());
    }

    @Test
    void keepsHostileTextExactly() throws Exception {
        JsonNode json = render(ReportFixture.hostile());
        assertEquals("Jensen Huang " + ReportFixture.HOSTILE, json.at("/speakers/2/name").asText());
    }
}
