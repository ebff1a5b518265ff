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
 * Examples that change the KB ({@code add}, {@code resolve}) and those naming a placeholder
 * {@code /path/} are left out; an {@code --out} folder is redirected to a temporary one. A
 * {@code serve} example runs until stopped: it is started on a free port, its page fetched, and stopped.
 */
class ReadmeExamplesTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static final Pattern EXAMPLE = Pattern.compile("bin/claims\\s+([^)#\\n]*)");
    private static final List<String> LEFT_OUT = List.of("serve", "add", "resolve");

    @TempDir
    static Path out;

    static List<String> examples() throws Exception {
        return examples(false);
    }

    /** The examples to run, or with {@code serving} the {@code serve} examples. */
    static List<String> examples(boolean serving) throws Exception {
        List<String> found = new ArrayList<>();
        for (String example : codeExamples(REPO.resolve("README.md"))) {
            if (example.contains("/path/")) continue;
            boolean serve = words(example).get(0).equals("serve");
            if (serving ? serve : !LEFT_OUT.contains(words(example).get(0))) {
                found.add(example);
            }
        }
        return found;
    }

    /** Every {@code bin/claims ...} command line in the page's code blocks, without the {@code bin/claims}, in page order. */
    static List<String> codeExamples(Path page) throws java.io.IOException {
        List<String> found = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(page)) {
            if (line.strip().startsWith("```")) {
                inCode = !inCode;
                continue;
            }
            if (!inCode) continue;
            Matcher m = EXAMPLE.matcher(line);
            while (m.find()) {
                String example = m.group(1).strip();
                if (!example.isEmpty()) {
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

    @TestFactory
    Stream<DynamicTest> aServeExampleStartsServesItsPageAndStops() throws Exception {
        List<String> examples = examples(true);
        assertFalse(examples.isEmpty(), "the README shows the desk");
        return examples.stream().map(example -> DynamicTest.dynamicTest("bin/claims " + example, () -> {
            List<String> args = new ArrayList<>(words(example));
            int p = args.indexOf("--port");
            if (p >= 0) args.subList(p, Math.min(p + 2, args.size())).clear();
            args.addAll(List.of("--port", "0", "--kb", REPO.toString()));
            var printed = new java.io.StringWriter();
            var err = new java.io.StringWriter();
            ServeCommand.stop = null;
            var run = java.util.concurrent.CompletableFuture.supplyAsync(() -> ClaimsCommand.run(args.toArray(String[]::new),
                    new java.io.PrintWriter(printed, true), new java.io.PrintWriter(err, true)));
            long deadline = System.currentTimeMillis() + 120_000;
            while (!printed.toString().contains("http://") && !run.isDone() && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            Matcher url = Pattern.compile("http://\\S+/").matcher(printed.toString());
            assertTrue(url.find(), "bin/claims " + example + " printed no URL: " + printed + err);
            var page = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url.group() + "search?q=TPU")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("class=\"hit\""), "the desk finds claims on the shipped KB");
            ServeCommand.stop.countDown();
            assertEquals(0, run.get(30, java.util.concurrent.TimeUnit.SECONDS), err.toString());
        }));
    }
}
