package org.claimskb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.Problem;
import org.claimskb.ingest.Draft;
import org.claimskb.ingest.IngestException;
import org.claimskb.ingest.LoadedKnowledgeBase;
import org.claimskb.ingest.TranscriptAdder;
import org.claimskb.model.ClaimKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code claims add TRANSCRIPT [--id ID] [--force]}: a new transcript becomes the draft fact file
 * {@code claims/<id>.yaml}, printed on stdout. The draft is checked with the loader as soon as it
 * is written; a draft that does not validate is this program's fault (exit 1), never the user's.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Turn a transcript (Markdown or text, front matter read if present; English, Japanese or Chinese)",
                "into a draft fact file claims/<id>.yaml for review. Never overwrites without --force."})
public final class AddCommand implements Callable<Integer> {
    @ParentCommand
    ClaimsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TRANSCRIPT", description = "The transcript file.")
    Path transcript;

    @Option(names = "--id", paramLabel = "ID", description = "Source id (kebab-case; default: from title and date).")
    String id;

    @Option(names = "--force", description = "Replace claims/<id>.yaml if it exists.")
    boolean force;

    /** {@code --as-of} is the date used when the transcript names none; {@code --json} prints a summary document. */
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path kbRoot = parent.kbRoot();
        TranscriptAdder.Added added;
        try {
            added = new TranscriptAdder(new LoadedKnowledgeBase())
                    .add(kbRoot, transcript, id, force, common.asOf());
        } catch (IngestException e) {
            throw new UserError(e.getMessage());
        }
        String shown = kbRoot.relativize(added.path()).toString();
        List<Problem> problems = FactFiles.load(kbRoot).problems().stream()
                .filter(p -> p.path().equals(shown)).toList();
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println("claims: internal error: the draft " + shown + " does not validate; please report this with the transcript");
            return ClaimsCommand.INTERNAL;
        }
        Draft d = added.draft();
        if (common.json()) {
            var doc = new LinkedHashMap<String, Object>();
            doc.put("path", added.path().toString());
            doc.put("source", d.source().id());
            doc.put("language", d.source().language());
            doc.put("claims", d.claims().size());
            doc.put("quantities", d.quantities());
            doc.put("predictions", d.count(ClaimKind.PREDICTION));
            doc.put("new_speakers", d.newSpeakers().stream().map(s -> s.id()).toList());
            doc.put("notes", d.notes());
            out.println(new ObjectMapper().writeValueAsString(doc));
            return ClaimsCommand.OK;
        }
        out.println(added.path());
        err.printf("%d candidate claims (%d with quantities, %d predictions), %d new speaker%s; all status: draft%n",
                d.claims().size(), d.quantities(), d.count(ClaimKind.PREDICTION), d.newSpeakers().size(),
                d.newSpeakers().size() == 1 ? "" : "s");
        d.notes().forEach(n -> err.println("check: " + n));
        return ClaimsCommand.OK;
    }
}
