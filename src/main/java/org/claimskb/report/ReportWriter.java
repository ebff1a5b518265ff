package org.claimskb.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.claimskb.files.AtomicFiles;
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
        AtomicFiles.writeString(target, content, true);
    }
}
