package org.claimskb.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.Quote;
import org.claimskb.ingest.Draft;
import org.claimskb.ingest.IngestException;
import org.claimskb.ingest.InvalidDraftException;
import org.claimskb.ingest.LoadedKnowledgeBase;
import org.claimskb.ingest.TranscriptAdder;
import org.claimskb.model.ClaimKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claims add TRANSCRIPT [--id ID] [--force]}: a new transcript becomes the draft fact file
 * {@code claims/<id>.yaml}, printed on stdout. The draft is checked with the loader before it is
 * written; a draft that would not validate is this program's fault (exit 1), never the user's, and
 * is not written.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Turn a transcript into a draft fact file, claims/<id>.yaml, to review before it counts.",
                "The transcript is Markdown, plain text, a saved web page (HTML) or captions (WebVTT, SubRip) in English, Japanese or Chinese; its "
                        + "front matter (title, date, speakers, url), or a web page's metadata, is read if present. Prints what it wrote. Never overwrites a file without --force."})
public final class AddCommand extends KbCommand {
    @Parameters(index = "0", paramLabel = "TRANSCRIPT", description = "The transcript file.")
    Path transcript;

    @Option(names = "--id", paramLabel = "ID", description = "Source id (kebab-case; default: from title and date).")
    String id;

    @Option(names = "--force", description = "Replace claims/<id>.yaml if it exists.")
    boolean force;


    @Override
    public Integer call() throws IOException {
        PrintWriter out = out();
        PrintWriter err = err();
        Path kbRoot = kbRoot();
        if (id != null && force) {
            refuseNonDraft(kbRoot.resolve("claims").resolve(id + ".yaml"));
        }
        TranscriptAdder.Added added;
        try {
            added = new TranscriptAdder(new LoadedKnowledgeBase())
                    .add(kbRoot, transcript, id, force, common.asOf());
        } catch (IngestException e) {
            throw new UserError(e.getMessage());
        } catch (InvalidDraftException e) {
            e.problems().forEach(err::println);
            err.println("claims: internal error: " + e.getMessage() + "; please report this with the transcript");
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
            printJson(doc);
            return ClaimsCommand.OK;
        }
        out.println(added.path());
        err.printf("%d candidate claims (%d with quantities, %d predictions), %d new speaker%s; all status: draft%n",
                d.claims().size(), d.quantities(), d.count(ClaimKind.PREDICTION), d.newSpeakers().size(),
                d.newSpeakers().size() == 1 ? "" : "s");
        d.notes().forEach(n -> err.println("check: " + n));
        return ClaimsCommand.OK;
    }

    /**
     * {@code --force} replaces the fact file of the same source, never a file holding something
     * else (a registry such as claims/speakers.yaml, resolutions, another source).
     */
    private void refuseNonDraft(java.nio.file.Path target) {
        if (!java.nio.file.Files.exists(target)) {
            return;
        }
        var held = FactFiles.sourceIdOf(target);
        if (held.isEmpty() || !held.get().equals(id)) {
            throw new UserError("claims add: --id " + Quote.of(id) + " names " + FactFiles.display(kbRoot(), target)
                    + ", which " + (held.isEmpty() ? "holds no source (a registry or resolutions file, or unreadable)"
                    : "holds source " + Quote.of(held.get())) + "; --force only replaces the file of the same source; "
                    + "choose another --id");
        }
    }
}
