package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code claims speakers} on the shipped KB (the repository's claims/ and rules/): a table for people, JSON in full. */
class SpeakersOutputTest {
    private static final Path SHIPPED = Path.of("").toAbsolutePath();

    @Test
    void isAnAlignedTableBestGradeFirstWithOneExplainedFigure() {
        CliRun run = CliRun.of(SHIPPED, "speakers", "--as-of", "2026-12-01");
        assertEquals(0, run.status(), run.err());
        List<String> lines = run.out().lines().toList();
        String header = lines.get(0);
        assertTrue(header.startsWith("GRADE  CREDIBILITY  CLAIMS  PREDICTIONS"), header);
        int credibilityEnd = header.indexOf("CREDIBILITY") + "CREDIBILITY".length();
        int speakerAt = header.indexOf("SPEAKER");
        List<String> grades = new ArrayList<>();
        List<Double> figures = new ArrayList<>();
        for (String row : lines.subList(1, lines.indexOf(""))) {
            grades.add(row.substring(0, 1));
            String figure = row.substring(credibilityEnd - 4, credibilityEnd).strip();
            assertTrue(figure.matches("-|0\\.\\d\\d|1\\.00"), "two significant digits, right-aligned: '" + row + "'");
            figures.add(figure.equals("-") ? null : Double.valueOf(figure));
            assertTrue(row.charAt(speakerAt - 1) == ' ' && row.charAt(speakerAt) != ' ', "aligned: " + row);
        }
        assertTrue(grades.size() >= 5, run.out());
        assertEquals(grades.stream().sorted().toList(), grades, "grade order, F last: " + grades);
        for (int i = 1; i < grades.size(); i++) {
            if (grades.get(i).equals(grades.get(i - 1)) && figures.get(i) != null) {
                assertTrue(figures.get(i) <= figures.get(i - 1), "within a grade, highest first: " + run.out());
            }
        }
        assertTrue(run.out().contains("CREDIBILITY is the figure each grade is read from"), run.out());
        assertTrue(run.out().contains("kinds: analysis 58, statistic 29, opinion 16, prediction 14, fact 10"), run.out());
        assertTrue(!run.out().contains("{") && !run.out().contains("="  + "{"), "no Java map syntax: " + run.out());
        assertTrue(!run.out().matches("(?s).*\\d\\.\\d{4,}.*"), "no long decimals: " + run.out());
    }

    @Test
    void jsonKeepsFullPrecisionInTheSameOrder() throws Exception {
        CliRun run = CliRun.of(SHIPPED, "speakers", "--json", "--as-of", "2026-12-01");
        assertEquals(0, run.status(), run.err());
        JsonNode speakers = new ObjectMapper().readTree(run.out()).get("speakers");
        boolean longDecimal = false;
        for (JsonNode s : speakers) {
            longDecimal |= s.get("mean_credibility").isNumber() && s.get("mean_credibility").asText().length() > 6;
        }
        assertTrue(longDecimal, "full precision: " + run.out());
        assertEquals("F", speakers.get(speakers.size() - 1).get("grade").asText());
    }
}
