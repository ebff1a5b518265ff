package org.claimskb.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.Problem;
import org.claimskb.files.AtomicFiles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.claimskb.model.Quantity;

/**
 * Writes a {@link Draft} as a fact file in the contract's field names and order, readable by
 * people: CJK text as itself (never escaped), quotes only where YAML needs them, and timestamps
 * such as {@code "05:03"} always quoted (YAML 1.1 readers would take them for base-60 numbers).
 * The file is written to a temporary file in the target folder and moved into place atomically,
 * so a crash never leaves half a draft where the loader would read it.
 */
public final class DraftWriter {
    private static final Pattern NEEDS_QUOTES = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?|[-+]?\\d[\\d_,.:eE+-]*");

    /** Jackson's checker, plus quotes for anything that looks like a number or a clock time. */
    private static final class Quoting extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean needToQuoteValue(String value) {
            return super.needToQuoteValue(value) || NEEDS_QUOTES.matcher(value).matches();
        }
    }

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .stringQuotingChecker(new Quoting())
            .build());

    private DraftWriter() {}

    /** The fact file's text: a comment header for the reviewer, then the YAML. */
    public static String yaml(Draft draft) {
        var root = new LinkedHashMap<String, Object>();
        Draft.Source s = draft.source();
        var source = new LinkedHashMap<String, Object>();
        source.put("id", s.id());
        putIf(source, "title", s.title());
        source.put("kind", s.kind().wire());
        putIf(source, "venue", s.venue());
        putIf(source, "url", s.url());
        source.put("date", s.date().toString());
        source.put("language", s.language());
        putIf(source, "reported_by", s.reportedBy());
        putIf(source, "author", s.author());
        putIf(source, "file", s.file());
        source.put("speakers", s.speakers());
        root.put("source", source);
        if (!draft.newSpeakers().isEmpty()) {
            var speakers = new ArrayList<Map<String, Object>>();
            for (DraftSpeaker sp : draft.newSpeakers()) {
                var m = new LinkedHashMap<String, Object>();
                m.put("id", sp.id());
                m.put("name", sp.name());
                putIf(m, "role", sp.role());
                m.put("regime", "unknown");
                speakers.add(m);
            }
            root.put("speakers", speakers);
        }
        var claims = new ArrayList<Map<String, Object>>();
        for (Draft.Claim c : draft.claims()) {
            var m = new LinkedHashMap<String, Object>();
            m.put("id", c.id());
            m.put("speaker", c.speaker());
            putIf(m, "at", c.at());
            m.put("kind", c.kind().wire());
            m.put("text", c.text());
            putIf(m, "quote", c.quote());
            if (!c.topics().isEmpty()) {
                m.put("topics", c.topics());
            }
            if (c.quantity() != null) {
                Draft.Quantity q = c.quantity();
                var qm = new LinkedHashMap<String, Object>();
                qm.put("subject", q.subject());
                qm.put("metric", q.metric());
                if (q.min() == q.max()) {
                    qm.put("value", number(q.min()));
                } else {
                    var range = new LinkedHashMap<String, Object>();
                    range.put("min", number(q.min()));
                    range.put("max", number(q.max()));
                    qm.put("value", range);
                }
                qm.put("unit", q.unit());
                m.put("quantity", qm);
            }
            if (c.when() != null) {
                m.put("when", c.when().toString());
            }
            if (c.due() != null) {
                m.put("due", c.due().toString());
            }
            m.put("status", "draft");
            putIf(m, "reply_to", c.replyTo());
            claims.add(m);
        }
        root.put("claims", claims);
        try {
            return header(draft) + YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a draft of plain maps and strings always serialises", e);
        }
    }

    private static String header(Draft draft) {
        var sb = new StringBuilder();
        sb.append("# Draft written by `claims add` from ").append(draft.source().file()).append(".\n");
        sb.append("# ").append(draft.claims().size()).append(" candidate claims (")
                .append(draft.quantities()).append(" with quantities, ")
                .append(draft.count(org.claimskb.model.ClaimKind.PREDICTION)).append(" predictions). Review each:\n");
        sb.append("# rewrite text in your own words, fix kind/speaker/quantity, add stances, delete the rest,\n");
        sb.append("# then set status: reviewed.\n");
        for (String note : draft.notes()) {
            sb.append("# CHECK: ").append(note).append('\n');
        }
        return sb.toString();
    }

    private static Object number(double v) {
        String s = Quantity.format(v);
        return s.contains(".") || s.contains("E") ? (Object) v : (Object) Long.parseLong(s);
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null && !value.isBlank()) {
            m.put(key, value);
        }
    }

    /**
     * Writes the draft to {@code claims/<source id>.yaml} under the KB root, after checking, before
     * anything is moved, that the KB with the draft in place has no problem in the draft and no new
     * problem elsewhere (so a replacing draft that would not validate never displaces the old file). Temp file in the same folder, then an atomic
     * move. Refuses to replace an existing file unless {@code force}.
     *
     * @return the written path
     * @throws InvalidDraftException when the draft would not validate (a defect of the importer)
     */
    public static Path write(Path kbRoot, Draft draft, boolean force) throws IngestException {
        Path target = target(kbRoot, draft.source().id());
        if (Files.exists(target) && !force) {
            throw new IngestException(target, "already exists; use --force to replace it, or --id to choose another id");
        }
        String yaml = yaml(draft);
        try {
            String shown = FactFiles.display(kbRoot, target);
            // Every problem in the draft, and any problem it causes elsewhere: a duplicate id is
            // reported in whichever file the loader reads second, which may be the other one.
            var existing = new java.util.ArrayList<String>();
            FactFiles.load(kbRoot).problems().stream().filter(p -> !p.path().equals(shown))
                    .forEach(p -> existing.add(p.path() + ": " + p.message()));
            var problems = new ArrayList<Problem>();
            for (Problem p : FactFiles.loadWith(kbRoot, target, yaml).problems()) {
                if (p.path().equals(shown) || !existing.remove(p.path() + ": " + p.message())) {
                    problems.add(p);
                }
            }
            if (!problems.isEmpty()) {
                throw new InvalidDraftException(shown, problems);
            }
            AtomicFiles.writeString(target, yaml, force);
            return target;
        } catch (IOException e) {
            throw new IngestException(target, "cannot be written (" + e.getMessage() + ")");
        }
    }

    /** Where a source's draft goes. */
    public static Path target(Path kbRoot, String sourceId) {
        return kbRoot.resolve("claims").resolve(sourceId + ".yaml");
    }
}
