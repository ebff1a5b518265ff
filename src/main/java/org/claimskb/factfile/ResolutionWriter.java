package org.claimskb.factfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.claimskb.files.AtomicFiles;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.Outcome;
import org.claimskb.model.Resolution;

/**
 * Records a prediction's outcome in {@code claims/resolutions.yaml} (created if absent), written
 * atomically, appended so the rest of the file stays as it was; a second resolution of one claim
 * needs {@code force}, which replaces the entry (cli.md v2). {@code claims resolve} and the desk's
 * resolve form both write through here.
 */
public final class ResolutionWriter {
    public static final String FILE = "resolutions.yaml";
    private static final Pattern TOP_LEVEL_KEY = Pattern.compile("^[A-Za-z_][A-Za-z0-9_-]*\\s*:");

    private ResolutionWriter() {}

    /** What is recorded. {@code evidence} is an http(s) URL or null. */
    public record Request(String claim, Outcome outcome, LocalDate date, String evidence, boolean force) {}

    /** What was written: {@code replaced} when an earlier resolution of the claim was replaced. */
    public record Recorded(String claim, Outcome outcome, LocalDate date, String evidence, String file, boolean replaced) {}

    /** A resolution that cannot be recorded, in plain words (one line). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message);
        }
    }

    /** Whether {@code url} may be recorded as evidence: an http or https URL. */
    public static boolean acceptableEvidence(String url) {
        return url.matches("(?i)https?://\\S+");
    }

    public static Recorded record(Path root, Request request) throws IOException, Refused {
        String id = request.claim();
        if (request.evidence() != null && !acceptableEvidence(request.evidence())) {
            throw new Refused("the evidence must be an http or https URL, not '" + shorten(request.evidence()) + "'");
        }
        LoadResult loaded = FactFiles.load(root);
        Claim claim = loaded.kb().claim(id).orElseThrow(() -> new Refused("unknown claim '" + shorten(id) + "'"
                + Suggestions.hint(id, loaded.kb().claims().stream().map(Claim::id).toList())));
        if (claim.kind() != ClaimKind.PREDICTION) {
            throw new Refused("'" + id + "' is a claim of kind " + claim.kind().wire() + ", not a prediction: only predictions are resolved");
        }
        Path target = root.resolve("claims").resolve(FILE);
        String display = "claims/" + FILE;
        String old = Files.exists(target) ? Files.readString(target, StandardCharsets.UTF_8) : null;
        List<Resolution> earlier = loaded.kb().resolutions().stream().filter(r -> r.claim().equals(id)).toList();
        String text = old;
        if (!earlier.isEmpty()) {
            Resolution e = earlier.get(0);
            if (!request.force()) {
                throw new Refused("'" + id + "' is already resolved (" + e.outcome().wire()
                        + (e.date() == null ? "" : " on " + e.date()) + ", in " + e.path() + "); --force replaces it");
            }
            if (earlier.stream().anyMatch(r -> !r.path().equals(display))) {
                throw new Refused("'" + id + "' is resolved in " + earlier.stream().map(Resolution::path)
                        .filter(p -> !p.equals(display)).findFirst().orElseThrow() + "; change it there");
            }
            text = withoutEntry(old, id);
        }
        String entry = "  - claim: " + id + "\n    outcome: " + request.outcome().wire() + "\n    date: " + request.date()
                + (request.evidence() == null ? "" : "\n    evidence: " + quoted(request.evidence())) + "\n";
        String updated = append(text, entry);
        List<String> added = problemsIntroduced(loaded, FactFiles.loadWith(root, target, updated), display);
        if (!added.isEmpty()) {
            throw new Refused("the resolution was not written: " + String.join("; ", added));
        }
        AtomicFiles.writeString(target, updated, true);
        return new Recorded(id, request.outcome(), request.date(), request.evidence(), display, !earlier.isEmpty());
    }

    /** The problems in {@code file} that {@code after} has and {@code before} had not, as printed. */
    public static List<String> problemsIntroduced(LoadResult before, LoadResult after, String file) {
        List<String> added = new ArrayList<>();
        for (Problem p : after.problems()) {
            if (!before.problems().contains(p) && p.path().equals(file)) {
                added.add(p.toString());
            }
        }
        return added;
    }

    /** The file with the entry added at the end of its {@code resolutions:} list (the file is created if absent). */
    static String append(String text, String entry) throws Refused {
        if (text == null || text.isBlank()) {
            return "# Outcomes of predictions (claims resolve writes here; edit by hand as well).\nresolutions:\n" + entry;
        }
        List<String> keys = text.lines().filter(l -> TOP_LEVEL_KEY.matcher(l).find()).toList();
        if (keys.isEmpty() || !keys.get(keys.size() - 1).startsWith("resolutions:")
                || !keys.get(keys.size() - 1).strip().equals("resolutions:")) {
            throw new Refused("claims/" + FILE + " does not end with a 'resolutions:' list; add the outcome by hand");
        }
        return (text.endsWith("\n") ? text : text + "\n") + entry;
    }

    /** The file without the block list entry of {@code claim} (the format {@code resolve} writes). */
    static String withoutEntry(String text, String claim) throws Refused {
        List<String> lines = new ArrayList<>(text.lines().toList());
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*- claim:\\s*\"?" + Pattern.quote(claim) + "\"?\\s*")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            throw new Refused("the resolution of '" + claim + "' in claims/" + FILE
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

    static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
