package org.claimskb.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimskb.factfile.ClaimEditor;
import org.claimskb.factfile.ClaimEditor.Field;
import org.claimskb.factfile.ClaimEditor.Value;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.LoadResult;
import org.claimskb.factfile.Problem;
import org.claimskb.files.AtomicFiles;
import org.claimskb.model.Claim;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.Source;
import org.claimskb.model.Speaker;
import org.claimskb.model.Wire;

/**
 * The review queue: every draft claim, and what accepting, editing or rejecting one does to its
 * fact file. The form speaks in one-line notations ({@link #formValues}); an edit changes only
 * the fields whose text the user changed, through {@link ClaimEditor}, re-validated with the real
 * loader before it is written atomically, and never over a file changed since the form was made.
 */
public final class Review {
    private Review() {}

    /** The fields of the edit form, in order. */
    static final List<Field> FORM = List.of(Field.TEXT, Field.KIND, Field.SPEAKER, Field.STANCE, Field.QUANTITY,
            Field.TOPICS, Field.WHEN, Field.DUE);

    /** One draft in the queue. */
    public record Draft(Claim claim, String speakerName, String file) {
        public String url() {
            return "/review/item?id=" + Http.encode(claim.id());
        }
    }

    /** A draft in the list, with its file's hash for the list's own accept and reject buttons. */
    public record Listed(Draft draft, String hash) {}

    /** The queue as a list: each draft with the hash of its file as it is now. */
    static List<Listed> listed(Path root, KnowledgeBase kb) throws IOException {
        var hashes = new java.util.HashMap<String, String>();
        var out = new ArrayList<Listed>();
        for (Draft d : queue(kb)) {
            String h = hashes.get(d.file());
            if (h == null) {
                h = hash(Files.readString(root.resolve(d.file()), StandardCharsets.UTF_8));
                hashes.put(d.file(), h);
            }
            out.add(new Listed(d, h));
        }
        return out;
    }

    /** One draft opened for review: the form's values, the file's hash, neighbours in the queue. */
    public record Item(Claim claim, String file, String hash, Map<Field, String> values, List<Problem> problems,
                List<String> kinds, List<Speaker> speakers, String next, String previous, int position, int of,
                Source source, String moment) {
        public String value(Field f) {
            return values.getOrDefault(f, "");
        }
    }

    /** What a write did: done, refused with messages, or refused because the file changed. */
    public sealed interface Outcome permits Written, Invalid, Conflict {}

    public record Written(String file, String next) implements Outcome {}

    public record Invalid(List<String> messages) implements Outcome {}

    public record Conflict(String file) implements Outcome {}

    static List<Draft> queue(KnowledgeBase kb) {
        var drafts = new ArrayList<Draft>();
        for (Claim c : kb.claims()) {
            if (c.draft()) {
                drafts.add(new Draft(c, ClaimPage.name(kb, c.speaker()), kb.source(c.sourceId()).map(Source::path).orElse("?")));
            }
        }
        return drafts;
    }

    static Optional<Item> item(Path root, KnowledgeBase kb, String id) throws IOException {
        List<Draft> queue = queue(kb);
        int at = -1;
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).claim().id().equals(id)) at = i;
        }
        if (at < 0) return Optional.empty();
        Draft d = queue.get(at);
        String content = Files.readString(root.resolve(d.file()), StandardCharsets.UTF_8);
        List<Problem> problems = FactFiles.loadWith(root, root.resolve(d.file()), content).problems().stream()
                .filter(p -> p.path().equals(d.file())).toList();
        String next = at + 1 < queue.size() ? queue.get(at + 1).url() : null;
        String previous = at > 0 ? queue.get(at - 1).url() : null;
        Source source = kb.source(d.claim().sourceId()).orElse(null);
        return Optional.of(new Item(d.claim(), d.file(), hash(content), formValues(d.claim()), problems,
                Wire.spellings(ClaimKind.class), kb.speakers(), next, previous, at + 1, queue.size(), source,
                source == null ? null : Http.momentUrl(source.url(), d.claim().at())));
    }

    /** The claim's fields in the form's notation. */
    static Map<Field, String> formValues(Claim c) {
        var v = new LinkedHashMap<Field, String>();
        v.put(Field.TEXT, c.text());
        v.put(Field.KIND, c.kind().wire());
        v.put(Field.SPEAKER, c.speaker());
        v.put(Field.STANCE, String.join(", ", c.stances().stream().map(s -> s.proposition() + " " + s.position().wire()).toList()));
        v.put(Field.QUANTITY, c.quantity() == null ? "" : quantity(c));
        v.put(Field.TOPICS, String.join(", ", c.topics()));
        v.put(Field.WHEN, c.when() == null ? "" : c.when().toString());
        v.put(Field.DUE, c.due() == null ? "" : c.due().toString());
        return v;
    }

    private static String quantity(Claim c) {
        var q = c.quantity();
        var b = new StringBuilder("{metric: ").append(ClaimEditor.scalar(q.metric()))
                .append(", subject: ").append(ClaimEditor.scalar(q.subject()));
        if (q.isRange()) {
            b.append(", min: ").append(org.claimskb.model.Quantity.format(q.min())).append(", max: ")
                    .append(org.claimskb.model.Quantity.format(q.max()));
        } else {
            b.append(", value: ").append(org.claimskb.model.Quantity.format(q.min()));
        }
        b.append(", unit: ").append(ClaimEditor.scalar(q.unit()));
        if (q.scope() != null) b.append(", scope: ").append(ClaimEditor.scalar(q.scope()));
        return b.append('}').toString();
    }

    /** The edit the form asks for: the fields whose text differs from the claim's, in the editor's terms. */
    static ClaimEditor.Change change(Claim c, Map<Field, String> submitted) throws ClaimEditor.EditException {
        Map<Field, String> now = formValues(c);
        var values = new LinkedHashMap<Field, Value>();
        for (Field f : FORM) {
            String s = submitted.get(f);
            if (s == null) continue;
            String t = f == Field.TEXT ? s.replace("\r\n", "\n").strip() : s.strip();
            if (t.equals(now.get(f))) continue;
            values.put(f, value(f, t));
        }
        return new ClaimEditor.Change(values);
    }

    private static Value value(Field f, String t) throws ClaimEditor.EditException {
        if (t.isEmpty()) return new ClaimEditor.Absent();
        return switch (f) {
            case TOPICS -> new ClaimEditor.Ids(List.of(t.split("[,\\s]+")));
            case STANCE -> stances(t);
            case QUANTITY -> new ClaimEditor.FlowMapping(t);
            default -> new ClaimEditor.Scalar(t);
        };
    }

    private static Value stances(String t) throws ClaimEditor.EditException {
        var list = new ArrayList<Map.Entry<String, String>>();
        for (String part : t.split(",")) {
            String[] w = part.strip().split("\\s+");
            if (w.length != 2) {
                throw new ClaimEditor.EditException("stance: write 'proposition-id for' or 'proposition-id against', "
                        + "separated by commas");
            }
            list.add(Map.entry(w[0], w[1]));
        }
        return new ClaimEditor.Stances(list);
    }

    /** The file as the edit would leave it, and its problems the loader finds (only those the edit adds block a write). */
    public record Checked(String file, String content, List<String> added, List<Problem> problems) {}

    static Checked check(Path root, String file, String content, String localId, ClaimEditor.Edit edit)
            throws IOException, ClaimEditor.EditException {
        String updated = ClaimEditor.apply(file, content, localId, edit);
        Path target = root.resolve(file);
        LoadResult before = FactFiles.loadWith(root, target, content);
        LoadResult after = FactFiles.loadWith(root, target, updated);
        var added = org.claimskb.factfile.ResolutionWriter.problemsIntroduced(before, after, file);
        return new Checked(file, updated, added, after.problems().stream().filter(p -> p.path().equals(file)).toList());
    }

    /** Applies an edit to the draft's file unless the file changed since {@code expectedHash}. */
    static synchronized Outcome write(Path root, Draft draft, String expectedHash, ClaimEditor.Edit edit, String next)
            throws IOException {
        Path target = root.resolve(draft.file());
        String content = Files.readString(target, StandardCharsets.UTF_8);
        if (!hash(content).equals(expectedHash)) {
            return new Conflict(draft.file());
        }
        Checked checked;
        try {
            checked = check(root, draft.file(), content, draft.claim().localId(), edit);
        } catch (ClaimEditor.EditException e) {
            return new Invalid(List.of(e.getMessage()));
        }
        if (!checked.added().isEmpty()) {
            return new Invalid(checked.added());
        }
        AtomicFiles.writeString(target, checked.content(), true);
        return new Written(draft.file(), next);
    }

    static String hash(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
