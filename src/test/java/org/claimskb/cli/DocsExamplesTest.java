package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code bin/claims ...} example in the code blocks of {@code docs/*.md}, run in the order
 * the page gives them, on a copy of the shipped KB (the examples add drafts and validate them).
 * A transcript the example names but the repository does not hold (a reader's own clipping) is
 * stood in for by a small interview written here. Each example must succeed and print something.
 */
class DocsExamplesTest {
    private static final Path REPO = Path.of("").toAbsolutePath();
    /** Long-running commands a page may show; they are exercised by their own tests. */
    private static final List<String> LEFT_OUT = List.of("serve");
    private static final String TRANSCRIPT = """
            ---
            title: "Chips and power with Gavin Baker"
            date: 2025-03-04
            ---

            **Host:** Where is the constraint on AI build-outs now?

            **Gavin Baker:** Power is the governor. I think data centers in the US will need about
            50 gigawatts more by 2028, and the grid cannot deliver that quickly.

            **Host:** And the chips?

            **Gavin Baker:** NVIDIA's gross margin will stay around 75% through 2026.
            """;

    @TempDir
    static Path work;

    @TestFactory
    Stream<DynamicNode> everyDocsExampleSucceedsOnACopyOfTheShippedKb() throws IOException {
        List<Path> pages;
        try (Stream<Path> s = Files.list(REPO.resolve("docs"))) {
            pages = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        var containers = new ArrayList<DynamicNode>();
        for (Path page : pages) {
            List<String> examples = examples(page);
            if (examples.isEmpty()) {
                continue;
            }
            Path kb = copyOfShippedKb(work.resolve(page.getFileName().toString()));
            containers.add(DynamicContainer.dynamicContainer("docs/" + page.getFileName(), examples.stream()
                    .map(example -> DynamicTest.dynamicTest("bin/claims " + example, () -> run(kb, example)))));
        }
        assertFalse(containers.isEmpty(), "no bin/claims examples found in docs/");
        return containers.stream();
    }

    private static void run(Path kb, String example) throws IOException {
        List<String> args = new ArrayList<>(ReadmeExamplesTest.words(example));
        if (args.get(0).equals("add") && args.size() > 1) {
            args.set(1, transcript(kb, args.get(1)).toString());
        }
        int o = args.indexOf("--out");
        if (o >= 0 && o + 1 < args.size()) {
            args.set(o + 1, kb.resolve("out-" + o).toString());
        }
        CliRun run = CliRun.of(kb, args.toArray(String[]::new));
        assertEquals(0, run.status(), "bin/claims " + example + " failed: " + run.err());
        assertFalse(run.out().isBlank() && run.err().isBlank(), "bin/claims " + example + " printed nothing");
    }

    /** The transcript an example names: the repository's own file if it has one, else the stand-in. */
    private static Path transcript(Path kb, String named) throws IOException {
        Path own = REPO.resolve(named);
        if (!named.startsWith("~") && Files.isRegularFile(own)) {
            return own;
        }
        Path standIn = kb.resolve("transcripts").resolve(Path.of(named).getFileName().toString());
        Files.createDirectories(standIn.getParent());
        if (!Files.exists(standIn)) {
            Files.writeString(standIn, TRANSCRIPT);
        }
        return standIn;
    }

    static List<String> examples(Path page) throws IOException {
        return ReadmeExamplesTest.codeExamples(page).stream()
                .filter(example -> !LEFT_OUT.contains(ReadmeExamplesTest.words(example).get(0))).toList();
    }

    private static Path copyOfShippedKb(Path kb) throws IOException {
        for (String dir : List.of("claims", "rules")) {
            Path from = REPO.resolve(dir);
            try (Stream<Path> walk = Files.walk(from)) {
                for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                    Path to = kb.resolve(dir).resolve(from.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to);
                    }
                }
            }
        }
        assertTrue(Files.isDirectory(kb.resolve("claims")));
        return kb;
    }
}
