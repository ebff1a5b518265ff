package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimskb.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands run by separate processes at the same moment on one KB, right after an edit: two
 * builds, a build and a report, searches and a {@code show} during a build. Every one must answer
 * (exit 0, no internal error), whichever process builds the new index and whichever finishes first.
 */
class ConcurrentCommandsTest {
    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    @Test
    void commandsStartedTogetherAfterAnEditAllAnswer() throws Exception {
        var kb = new TestKb(dir).standard().withShippedRules();
        Path baker = dir.resolve("claims/baker.yaml");
        String original = Files.readString(baker);
        for (int round = 0; round < ROUNDS; round++) {
            kb.write("baker.yaml", original + "\n# edit " + round + "\n");
            List<List<String>> commands = List.of(
                    List.of("index"),
                    List.of("index"),
                    List.of("report", "--format", "json,md", "--out", dir.resolve("report-" + round).toString()),
                    List.of("search", "racks"),
                    List.of("search", "racks", "--json"),
                    List.of("contradictions"),
                    List.of("show", "baker-2025/rack-weight"));
            var started = new ArrayList<Process>();
            for (List<String> args : commands) {
                started.add(start(args));
            }
            for (int i = 0; i < started.size(); i++) {
                Process p = started.get(i);
                boolean done = p.waitFor(3, TimeUnit.MINUTES);
                String err = new String(p.getErrorStream().readAllBytes());
                String what = "round " + round + ": claims " + String.join(" ", commands.get(i));
                assertEquals(true, done, what + " did not finish");
                assertEquals(0, p.exitValue(), what + " failed: " + err);
                assertFalse(err.contains("internal error") || err.contains("Exception"), what + ": " + err);
            }
        }
    }

    private Process start(List<String> args) throws IOException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ClaimsCommand.class.getName());
        command.addAll(args);
        command.add("--kb");
        command.add(dir.toString());
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
