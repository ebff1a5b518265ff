package org.claimskb.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimskb.factfile.Quote;
import org.claimskb.index.BuildProgress;
import org.claimskb.index.DerivedState;
import org.claimskb.files.Json;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.report.Report;
import org.claimskb.report.ReportBuilder;
import org.claimskb.report.ReportFormat;
import org.claimskb.report.ReportWriter;
import org.claimskb.scoring.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claims report}: the full credibility report as Markdown, HTML and JSON files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the full credibility report as Markdown, HTML and JSON.",
                "Writes report.md, report.html (self-contained, with charts) and report.json into the folder given by "
                        + "--out, by default report/ in the KB root."})
public final class ReportCommand extends KbCommand {
    @Option(names = "--format", paramLabel = "md,html,json", defaultValue = "md,html,json",
            description = "Comma list of formats to write (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write into (default: report/ in the KB root).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Set<ReportFormat> formats;
        try {
            formats = ReportFormat.parseList(format);
        } catch (IllegalArgumentException e) {
            throw new UserError("claims report: --format: " + e.getMessage());
        }
        Path kbRoot = kbRoot();
        Path dir = out != null ? out : kbRoot.resolve("report");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError("claims report: --out " + Quote.oneLine(dir.toString()) + " is a file, not a folder");
        }
        PrintWriter stdout = out();
        PrintWriter err = err();
        Report report;
        List<Path> written;
        // Read the KB, read the analysis, build the report, write it: a bar when that takes a while.
        try (DerivedState state = Session.open(kbRoot, common.asOf(), err);
             var steps = TerminalProgress.forStderr(err).begin(BuildProgress.Stage.REPORTING, 4)) {
            TerminalProgress.note(err, "claims: writing the report (" + formats.stream().map(Object::toString)
                    .map(f -> f.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(", "))
                    + ") into " + Quote.oneLine(dir.toString()) + "...");
            KnowledgeBase kb = state.knowledgeBase();
            steps.step();
            Analysis analysis = state.analysis();
            steps.step();
            if (analysis == null) {
                // A KB without rules still gets a report of what it holds, just without scores.
                err.println("warning: the KB has no rules; the report shows claims unscored");
                analysis = new Analysis(common.asOf(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of());
            }
            report = ReportBuilder.build(kb, analysis);
            steps.step();
            try {
                written = ReportWriter.write(report, formats, dir);
            } catch (FileSystemException e) {
                // A folder that cannot be made or written (a file in the way, no permission): the user's to fix.
                throw new UserError("claims report: cannot write into " + Quote.oneLine(dir.toString()) + ": "
                        + whyNot(e));
            }
            steps.step();
        }
        if (common.json()) {
            var json = new LinkedHashMap<String, Object>();
            json.put("as_of", report.summary().asOf());
            json.put("written", written.stream().map(Path::toString).toList());
            stdout.println(Json.mapper().writeValueAsString(json));
        } else {
            written.forEach(stdout::println);
        }
        return ClaimsCommand.OK;
    }

    private static String whyNot(FileSystemException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException) return Quote.oneLine(e.getFile()) + " is a file, not a folder";
        if (e instanceof NotDirectoryException) return Quote.oneLine(e.getFile()) + " is not a folder";
        return e.getReason() == null ? "the file system refused" : Quote.oneLine(e.getReason());
    }
}
