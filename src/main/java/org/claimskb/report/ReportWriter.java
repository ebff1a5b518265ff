package org.claimskb.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes rendered reports into a folder. Each file is written to a temporary file beside its
 * destination and then moved over it, so a reader (a browser with the page open, a git diff)
 * never sees a half-written report, and a failed run leaves the previous report intact.
 */
public final class ReportWriter {

    private ReportWriter() {}

    /**
     * Renders {@code report} in each format (in md, html, json order) and writes them into
     * {@code outDir}, creating it if needed.
     *
     * @return the written files, in the order written
     */
    public static List<Path> write(Report report, Set<ReportFormat> formats, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        var written = new ArrayList<Path>();
        for (ReportFormat format : new TreeSet<>(formats)) {
            Path target = outDir.resolve(format.fileName());
            writeAtomically(target, format.render(report));
            written.add(target);
        }
        return written;
    }

    static void writeAtomically(Path target, String content) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8);
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
