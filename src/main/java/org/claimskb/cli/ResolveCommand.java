package org.claimskb.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.LoadResult;
import org.claimskb.factfile.Problem;
import org.claimskb.factfile.Suggestions;
import org.claimskb.files.AtomicFiles;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Outcome;
import org.claimskb.model.Resolution;
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
    static final String FILE = "resolutions.yaml";
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*\\s*:");

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
        if (evidence != null && !evidence.matches("(?i)https?://\\S+")) {
            throw new UserError("--evidence must be an http or https URL, not '" + shorten(evidence) + "'");
        }
        Path root = kbRoot();
        LoadResult loaded = FactFiles.load(root);
        Claim claim = loaded.kb().claim(id).orElseThrow(() -> new UserError("unknown claim '" + shorten(id) + "'"
                + Suggestions.hint(id, loaded.kb().claims().stream().map(Claim::id).toList())));
        if (claim.kind() != ClaimKind.PREDICTION) {
            throw new UserError("'" + id + "' is a claim of kind " + claim.kind().wire() + ", not a prediction: only predictions are resolved");
        }
        Path target = root.resolve("claims").resolve(FILE);
        String display = "claims/" + FILE;
        String old = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
        List<Resolution> earlier = loaded.kb().resolutions().stream().filter(r -> r.claim().equals(id)).toList();
        String text = old;
        if (!earlier.isEmpty()) {
            Resolution e = earlier.get(0);
            if (!force) {
                throw new UserError("'" + id + "' is already resolved (" + e.outcome().wire()
                        + (e.date() == null ? "" : " on " + e.date()) + ", in " + e.path() + "); --force replaces it");
            }
            if (earlier.stream().anyMatch(r -> !r.path().equals(display))) {
                throw new UserError("'" + id + "' is resolved in " + earlier.stream().map(Resolution::path)
                        .filter(p -> !p.equals(display)).findFirst().orElseThrow() + "; change it there");
            }
            text = withoutEntry(old, id);
        }
        String entry = "  - claim: " + id + "\n    outcome: " + result.wire() + "\n    date: " + when
                + (evidence == null ? "" : "\n    evidence: " + quoted(evidence)) + "\n";
        String updated = append(text, entry);
        List<Problem> before = loaded.problems();
        LoadResult after = FactFiles.loadWith(root, target, updated);
        List<String> added = new ArrayList<>();
        for (Problem p : after.problems()) {
            if (!before.contains(p) && p.path().equals(display)) {
                added.add(p.toString());
            }
        }
        if (!added.isEmpty()) {
            throw new UserError("the resolution was not written: " + String.join("; ", added));
        }
        AtomicFiles.writeString(target, updated, true);
        if (common.json()) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("claim", id);
            doc.put("outcome", result.wire());
            doc.put("date", when.toString());
            doc.put("evidence", evidence);
            doc.put("file", display);
            doc.put("replaced", !earlier.isEmpty());
            printJson(doc);
        } else {
            out().printf(Locale.ROOT, "%s %s: %s on %s, in %s.%n", earlier.isEmpty() ? "Recorded" : "Replaced", id,
                    result.wire(), when, display);
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

    /** The file with the entry added at the end of its {@code resolutions:} list (the file is created if absent). */
    static String append(String text, String entry) {
        if (text == null || text.isBlank()) {
            return "# Outcomes of predictions (claims resolve writes here; edit by hand as well).\nresolutions:\n" + entry;
        }
        List<String> keys = text.lines().filter(l -> TOP_LEVEL_KEY.matcher(l).find()).toList();
        if (keys.isEmpty() || !keys.get(keys.size() - 1).startsWith("resolutions:")
                || !keys.get(keys.size() - 1).strip().equals("resolutions:")) {
            throw new UserError("claims/" + FILE + " does not end with a 'resolutions:' list; add the outcome by hand");
        }
        return (text.endsWith("\n") ? text : text + "\n") + entry;
    }

    /** The file without the block list entry of {@code claim} (the format {@code resolve} writes). */
    static String withoutEntry(String text, String claim) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*- claim:\\s*\"?" + Pattern.quote(claim) + "\"?\\s*")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new UserError("the resolution of '" + claim + "' in claims/" + FILE
                    + " is not in the form 'claims resolve' writes; change it by hand");
        }
        int indent = lines.get(start).indexOf('-');
        int end = start + 1;
        while (end < lines.size()) {
            String l = lines.get(end);
            int lead = l.length() - l.stripLeading().length();
            if (!l.isBlank() && (lead <= indent)) break;
            end++;
        }
        lines.subList(start, end).clear();
        return String.join("\n", lines) + "\n";
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
