package org.claimskb.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the KB root: {@code --kb DIR}, else the current directory or the nearest parent holding
 * claims/ and rules/, else the repository the launcher belongs to ({@code CLAIMS_DEFAULT_KB}).
 */
final class KbRoot {
    private KbRoot() {}

    static Path locate(Path given) {
        if (given != null) {
            if (!Files.isDirectory(given)) {
                throw new UserError("--kb " + given + ": no such directory");
            }
            if (!Files.isDirectory(given.resolve("claims"))) {
                throw new UserError("--kb " + given + ": not a KB root (it has no claims/ folder)");
            }
            return given.toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("claims")) && Files.isDirectory(dir.resolve("rules"))) {
                return dir;
            }
        }
        // The launcher names the repository it lives in: the shipped KB is the embedded default.
        String fallback = System.getenv("CLAIMS_DEFAULT_KB");
        if (fallback != null && Files.isDirectory(Path.of(fallback, "claims"))) {
            return Path.of(fallback).toAbsolutePath().normalize();
        }
        throw new UserError("no KB root found in " + start + " or its parents (a folder holding claims/ and rules/); "
                + "pass --kb DIR");
    }
}
