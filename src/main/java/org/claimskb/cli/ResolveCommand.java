package org.claimskb.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.claimskb.factfile.ResolutionWriter;
import org.claimskb.model.Outcome;
import org.claimskb.model.Wire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code claims resolve ID --outcome true|false|partly --date DATE [--evidence URL] [--force]}:
 * records a prediction's outcome in {@code claims/resolutions.yaml} (created if absent), written
 * atomically, appended so the rest of the file stays as it was; a second resolution of one claim
 * needs {@code --force}, which replaces the entry (cli.md v2).
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Record a prediction's outcome in claims/resolutions.yaml (created if absent). Refuses a "
                + "second resolution of one claim unless --force is given, which replaces it.")
public final class ResolveCommand extends KbCommand {

    @Parameters(paramLabel = "CLAIM_ID", description = "The prediction's global claim id.")
    String id;

    @Option(names = "--outcome", required = true, paramLabel = "true|false|partly", description = "What happened.")
    String outcome;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "When it was settled (YYYY-MM-DD).")
    String date;

    @Option(names = "--evidence", paramLabel = "URL", description = "A public record of the outcome (http or https).")
    String evidence;

    @Option(names = "--force", description = "Replace an earlier resolution of this claim.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        Outcome result = Wire.parse(Outcome.class, outcome.toLowerCase(Locale.ROOT)).orElseThrow(() ->
                new UserError("--outcome must be true, false or partly, not '" + shorten(outcome) + "'"));
        LocalDate when = parseDate(date);
        if (evidence != null && !ResolutionWriter.acceptableEvidence(evidence)) {
            throw new UserError("--evidence must be an http or https URL, not '" + shorten(evidence) + "'");
        }
        ResolutionWriter.Recorded done;
        try {
            done = ResolutionWriter.record(kbRoot(), new ResolutionWriter.Request(id, result, when, evidence, force));
        } catch (ResolutionWriter.Refused refused) {
            throw new UserError(refused.getMessage());
        }
        if (common.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("claim", done.claim());
            doc.put("outcome", done.outcome().wire());
            doc.put("date", done.date().toString());
            doc.put("evidence", done.evidence());
            doc.put("file", done.file());
            doc.put("replaced", done.replaced());
            printJson(doc);
        } else {
            out().printf(Locale.ROOT, "%s %s: %s on %s, in %s.%n", done.replaced() ? "Replaced" : "Recorded", id,
                    done.outcome().wire(), done.date(), done.file());
        }
        return ClaimsCommand.OK;
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserError("--date must be a calendar date like 2026-03-01, not '" + shorten(text) + "'");
        }
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
