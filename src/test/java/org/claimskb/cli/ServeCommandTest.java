package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.claimskb.TestKb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** claims serve through the command line: its URL, its mistakes. */
class ServeCommandTest {
    @TempDir
    Path dir;

    private static void oneLine(CliRun run, String expected) {
        assertEquals(2, run.status(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void badPortsAndHostsAreOneLineAndExitTwo() throws Exception {
        new TestKb(dir).standard();
        oneLine(CliRun.of(dir, "serve", "--port", "70000"), "--port must be between 0 and 65535");
        CliRun abc = CliRun.of(dir, "serve", "--port", "abc");
        assertEquals(2, abc.status());
        assertTrue(abc.err().contains("expected a whole number"), abc.err());
        oneLine(CliRun.of(dir, "serve", "--host", "no such host!"), "--host");
        try (var taken = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            oneLine(CliRun.of(dir, "serve", "--port", String.valueOf(taken.getLocalPort())), "is in use");
        }
        CliRun foreign = CliRun.of(dir, "serve", "--host", "203.0.113.7", "--port", "0");
        assertEquals(2, foreign.status(), foreign.err());
        assertTrue(foreign.err().contains("warning: listening on 203.0.113.7"), foreign.err());
        assertTrue(foreign.err().contains("not an address of this machine"), foreign.err());
    }

    @Test
    void printsItsUrlAndServesUntilStopped() throws Exception {
        new TestKb(dir).standard();
        var out = new java.io.StringWriter();
        var err = new java.io.StringWriter();
        ServeCommand.stop = null;
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> ClaimsCommand.run(
                new String[] {"serve", "--port", "0", "--kb", dir.toString()}, new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(err, true)));
        long deadline = System.currentTimeMillis() + 60_000;
        while (!out.toString().contains("http://") && System.currentTimeMillis() < deadline && !run.isDone()) {
            Thread.sleep(50);
        }
        String url = out.toString().replaceAll("(?s).*(http://127\\.0\\.0\\.1:\\d+/).*", "$1").strip();
        assertTrue(url.startsWith("http://127.0.0.1:"), out + " " + err);
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url + "search?q=TPU")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("tpu-cheapest"), "answers from the KB");
        CountDownLatch stop = ServeCommand.stop;
        stop.countDown();
        assertEquals(0, run.get(30, TimeUnit.SECONDS));
    }
}
