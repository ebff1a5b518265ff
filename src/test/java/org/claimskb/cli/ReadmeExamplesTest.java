package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code bin/claims ...} example in README.md's code blocks, run through the command line on
 * the shipped KB (the repository's claims/ and rules/): each must succeed and print something.
 * Examples that change the KB or wait ({@code add}, {@code resolve}, {@code serve}) and those naming
 * a placeholder {@code /path/} are left out; an {@code --out} folder is redirected to a temporary one.
 */
class ReadmeExamplesTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Pattern EXAMPLE = Pattern.compile("bin/claims\\s+([^)#\\n]*)");
    private static final List<String> LEFT_OUT = List.of("serve", "add", "resolve");

    @TempDir
    static Path out;

    static List<String> examples() throws Exception {
        List<String> found = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(REPO.resolve("README.md"))) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (!inCode) continue;
            Matcher m = EXAMPLE.matcher(line);
            while (m.find()) {
                String example = m.group(1).strip();
                if (!example.isEmpty() && !example.contains("/path/") && !LEFT_OUT.contains(words(example).get(0))) {
                    found.add(example);
                }
            }
        }
        return found;
    }

    /** Shell words: spaces separate, '...' and "..." quote. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        var w = new StringBuilder();
        boolean any = false;
        char quote = 0;
        for (char c : line.toCharArray()) {
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                any = true;
            } else if (Character.isWhitespace(c)) {
                if (any || !w.isEmpty()) words.add(w.toString());
                w.setLength(0);
                any = false;
            } else {
                w.append(c);
            }
        }
        if (any || !w.isEmpty()) words.add(w.toString());
        return words;
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeExampleSucceedsAndPrintsSomething() throws Exception {
        List<String> examples = examples();
        assertTrue(examples.size() >= 5, "README examples found: " + examples);
        return examples.stream().map(example -> DynamicTest.dynamicTest("bin/claims " + example, () -> {
            List<String> args = new ArrayList<>(words(example));
            int o = args.indexOf("--out");
            if (o >= 0 && o + 1 < args.size()) {
                args.set(o + 1, out.resolve("example-" + o + "-" + Integer.toHexString(example.hashCode())).toString());
            }
            CliRun run = CliRun.of(REPO, args.toArray(String[]::new));
            assertEquals(0, run.status(), "bin/claims " + example + " failed: " + run.err());
            assertFalse(run.out().isBlank(), "bin/claims " + example + " printed nothing; stderr: " + run.err());
            assertFalse(run.out().startsWith("No claims match"), "bin/claims " + example + " found nothing");
            assertFalse(run.out().contains("\"total\" : 0,"), "bin/claims " + example + " found nothing: " + run.out());
        }));
    }
}
