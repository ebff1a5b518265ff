package org.claimskb.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.claimskb.factfile.FactFiles;

/**
 * The identity of a KB's inputs: a SHA-256 over the format version, the as-of date and the
 * path and bytes of every fact file and rule file. Equal keys mean equal derived state.
 */
final class ContentKey {
    /** Bump when what a generation holds changes shape, so old generations are rebuilt. */
    static final String FORMAT = "claims-index-5";

    private ContentKey() {}

    static String of(Path kbRoot, LocalDate asOf) throws IOException {
        MessageDigest sha = sha256();
        update(sha, FORMAT + "\n" + asOf + "\n");
        for (Path p : inputs(kbRoot)) {
            update(sha, kbRoot.relativize(p).toString().replace('\\', '/') + "\n");
            sha.update(Files.readAllBytes(p));
            update(sha, "\n");
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 24);
    }

    /** Fact files and rule files, in a fixed order. */
    static List<Path> inputs(Path kbRoot) throws IOException {
        var all = new java.util.ArrayList<>(FactFiles.list(kbRoot));
        all.addAll(ruleFiles(kbRoot));
        return all;
    }

    static List<Path> ruleFiles(Path kbRoot) throws IOException {
        Path rules = kbRoot.resolve("rules");
        if (!Files.isDirectory(rules)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(rules)) {
            // The DRL files and the rules' table of numbers (rules/parameters.yaml).
            return s.filter(p -> (p.getFileName().toString().endsWith(".drl")
                            || p.getFileName().toString().equals("parameters.yaml")) && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
