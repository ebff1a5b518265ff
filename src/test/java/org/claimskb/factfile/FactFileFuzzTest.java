package org.claimskb.factfile;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;

/**
 * Fuzzes the fact-file loader (YAML and JSON) with Jazzer: whatever the bytes, loading ends in
 * a result, never an exception, and every problem is one located, plain line.
 *
 * <p>Tagged {@code benchmark}, so left out of the default run. Without {@code JAZZER_FUZZ=1}
 * Jazzer only replays the seeds in {@code src/test/resources/.../FactFileFuzzTestInputs}; with
 * it, it fuzzes for a million executions per target (see docs/ROBUSTNESS.md for the command and figures).
 */
@Tag("benchmark")
class FactFileFuzzTest {
    private static final Pattern LINE = Pattern.compile("[^\\n\\r]+");
    /** Words of the parsers' internals: in a message, a leak, unless the input itself holds them. */
    private static final List<String> INTERNALS =
            List.of("com.fasterxml", "org.yaml", "Exception", "Constraints", "Feature", "REDACTED", "[Source:");

    @FuzzTest(maxDuration = "11m", maxExecutions = 1_000_000)
    void yaml(byte[] input) {
        check(input, FactFiles.loadAlone("claims/fuzz.yaml", input));
    }

    @FuzzTest(maxDuration = "11m", maxExecutions = 1_000_000)
    void json(byte[] input) {
        check(input, FactFiles.loadAlone("claims/fuzz.json", input));
    }

    private static void check(byte[] input, LoadResult result) {
        String text = new String(input, StandardCharsets.UTF_8);
        for (Problem p : result.problems()) {
            String line = p.toString();
            assertTrue(p.line() >= 1 && p.column() >= 1, line);
            assertTrue(LINE.matcher(line).matches(), line);
            assertTrue(line.length() <= 600, line);
            for (String word : INTERNALS) {
                assertFalse(p.message().contains(word) && !text.contains(word), line);
            }
        }
        for (var c : result.kb().claims()) {
            if (c.quantity() != null) {
                assertTrue(Double.isFinite(c.quantity().min()) && Double.isFinite(c.quantity().max()), c.toString());
            }
        }
    }
}
