package org.claimskb.factfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How long the KB has had each fact file, for "the KB keeps what it had": the time the file was
 * committed to git (when the KB root is in a git work tree; a file not yet committed is newer
 * than any committed one), then its modification time, then its path.
 */
final class FileAge {
    private FileAge() {}

    /** Older sorts first: {@code committed} is a commit's rank in the log (older is lower), or not committed. */
    record Age(long committed, long modified, String path) implements Comparable<Age> {
        @Override
        public int compareTo(Age o) {
            int c = Long.compare(committed, o.committed);
            if (c == 0) c = Long.compare(modified, o.modified);
            return c != 0 ? c : path.compareTo(o.path);
        }
    }

    private static final long NOT_COMMITTED = Long.MAX_VALUE;

    /**
     * The age of each path; {@code newest} (a draft checked in place of a file) is newer than
     * everything.
     */
    static Map<Path, Age> of(Path kbRoot, List<Path> paths, Path newest) {
        Map<String, Long> commits = commitTimes(kbRoot.toAbsolutePath().normalize());
        Path root = kbRoot.toAbsolutePath().normalize();
        var ages = new HashMap<Path, Age>();
        for (Path p : paths) {
            Path abs = p.toAbsolutePath().normalize();
            String rel = abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
            if (abs.equals(newest)) {
                ages.put(p, new Age(NOT_COMMITTED, Long.MAX_VALUE, rel));
                continue;
            }
            long modified;
            try {
                modified = Files.getLastModifiedTime(p).toMillis();
            } catch (IOException e) {
                modified = Long.MAX_VALUE;
            }
            ages.put(p, new Age(commits.getOrDefault(rel, NOT_COMMITTED), modified, rel));
        }
        return ages;
    }

    /**
     * The rank of the commit that last added each file under {@code claims/} (relative to the KB
     * root; an older commit has a lower rank); empty
     * when the KB is not in a git work tree or git cannot be run. One {@code git log} call.
     */
    static Map<String, Long> commitTimes(Path kbRoot) {
        var times = new HashMap<String, Long>();
        Process git;
        try {
            git = new ProcessBuilder("git", "-C", kbRoot.toString(), "log", "--no-renames", "--diff-filter=A",
                    "--name-only", "--relative", "-z", "--format=%x01", "--", "claims")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            git.getOutputStream().close();
        } catch (IOException noGit) {
            return times;
        }
        byte[] output;
        try (InputStream in = git.getInputStream()) {
            var buffer = new ByteArrayOutputStream();
            in.transferTo(buffer);
            output = buffer.toByteArray();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
                git.destroy();
                return Map.of();
            }
        } catch (IOException e) {
            git.destroy();
            return Map.of();
        } catch (InterruptedException e) {
            git.destroy();
            Thread.currentThread().interrupt();
            return Map.of();
        }
        // Newest commit first: "\1<time>\0\n<path>\0<path>\0..." per commit; a file's latest addition
        // counts. The order of the log, not the timestamps (equal within a second), ranks commits:
        // the n-th commit from the newest gets rank -n, so older commits sort first.
        long rank = 0;
        for (String token : new String(output, StandardCharsets.UTF_8).split("\0")) {
            if (token.isBlank()) continue;
            if (token.indexOf('\1') >= 0) {
                rank--;
                continue;
            }
            times.putIfAbsent(token.startsWith("\n") ? token.substring(1) : token, rank);
        }
        return times;
    }
}
