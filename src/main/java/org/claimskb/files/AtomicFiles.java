package org.claimskb.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Whole-file writes that readers see either before or after, never halfway. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code content} to {@code target} through a temporary file in the same folder and one
     * rename. The file gets ordinary permissions (rw-r--r--), not the temporary file's private ones.
     *
     * @param replace whether an existing target may be replaced
     * @throws FileAlreadyExistsException when the target exists and {@code replace} is false
     */
    public static void writeString(Path target, String content, boolean replace) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8), replace);
    }

    /** As {@link #writeString}, for bytes. */
    public static void write(Path target, byte[] content, boolean replace) throws IOException {
        if (!replace && Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + "-", ".tmp");
        try {
            Files.write(temp, content);
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Non-POSIX file systems keep their default permissions.
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // Some file systems cannot rename atomically; a plain replace is the best they offer.
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
