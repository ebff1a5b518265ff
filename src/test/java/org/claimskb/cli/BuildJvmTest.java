package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.claimskb.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reading command told by the launcher how to start a build JVM ({@code CLAIMS_BUILD_JVM})
 * has a stale index built by that child, then answers from it; when the child fails, it builds
 * in process and still answers.
 */
class BuildJvmTest {
    @TempDir
    Path dir;

    @Test
    void aStaleIndexIsBuiltByTheChildAndAFailedChildCostsNothing() throws Exception {
        new TestKb(dir).standard();
        Path marker = dir.resolve("child-ran");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The child: a shell that leaves a mark, then runs the command line as the launcher would.
        String child = String.join("\n", "sh", "-c", "echo ran > '" + marker + "'; exec \"$0\" \"$@\"", java,
                "-cp", System.getProperty("java.class.path"), ClaimsCommand.class.getName());
        var run = search(child, "racks");
        assertEquals(0, run.exit, run.err);
        assertTrue(run.out.contains("baker-2025/rack-weight"), run.out);
        assertTrue(Files.exists(marker), "the child built the stale index");

        Files.delete(marker);
        var again = search(child, "racks");
        assertEquals(0, again.exit, again.err);
        assertFalse(Files.exists(marker), "a current index needs no child");

        Files.writeString(dir.resolve("claims/baker.yaml"), Files.readString(dir.resolve("claims/baker.yaml")) + "\n# edited\n");
        var failing = search("false", "racks");
        assertEquals(0, failing.exit, failing.err);
        assertTrue(failing.out.contains("baker-2025/rack-weight"), "built in process instead: " + failing.out);
    }

    private record Run(int exit, String out, String err) {}

    private Run search(String buildJvm, String query) throws Exception {
        var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ClaimsCommand.class.getName(), "search", query,
                "--kb", dir.toString()));
        var pb = new ProcessBuilder(command);
        pb.environment().put(BuildJvm.VARIABLE, buildJvm);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        String err = new String(p.getErrorStream().readAllBytes());
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        return new Run(p.exitValue(), out, err);
    }
}
