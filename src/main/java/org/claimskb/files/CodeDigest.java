package org.claimskb.files;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * A digest of some of the program's own code: every class and resource under the given package
 * folders, from the jar's entry checksums or the class files' bytes. What is derived and kept
 * across runs (the loader's parsed cache, the index's document fingerprints) is keyed by it, so a
 * new build of the code that made it never reuses it.
 */
public final class CodeDigest {
    private CodeDigest() {}

    /**
     * SHA-256 over {@code version} and each file under {@code packages} (such as
     * {@code org/claimskb/model/}) of the code {@code anchor} was loaded from. Code of unknown
     * origin gets a digest no other run shares, so nothing kept is ever reused.
     */
    public static byte[] of(Class<?> anchor, String version, List<String> packages) {
        MessageDigest sha = sha256();
        sha.update(version.getBytes(StandardCharsets.UTF_8));
        try {
            Path where = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            var parts = new TreeMap<String, String>();
            if (Files.isDirectory(where)) {
                for (String pkg : packages) {
                    Path folder = where.resolve(pkg);
                    if (!Files.isDirectory(folder)) continue;
                    try (Stream<Path> files = Files.walk(folder)) {
                        for (Path f : files.filter(Files::isRegularFile).toList()) {
                            var crc = new CRC32C();
                            crc.update(Files.readAllBytes(f));
                            parts.put(where.relativize(f).toString(), Long.toHexString(crc.getValue()));
                        }
                    }
                }
            } else {
                try (var jar = new JarFile(where.toFile())) {
                    jar.stream().filter(e -> packages.stream().anyMatch(e.getName()::startsWith))
                            .forEach(e -> parts.put(e.getName(), e.getCrc() + ":" + e.getSize()));
                }
            }
            parts.forEach((n, c) -> sha.update((n + "=" + c + "\n").getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | URISyntaxException | RuntimeException unknown) {
            sha.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
        return sha.digest();
    }

    /** A SHA-256 digest (every JDK has one). */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
