package org.claimskb.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.Problem;
import org.claimskb.model.PartialDate;

/**
 * What a transcript's YAML front matter says about it, whatever the clipping tool or blog engine
 * called the fields (Obsidian web clipper: {@code source}, {@code author} as wiki links,
 * {@code published}, {@code created}; Jekyll/Hugo: {@code date}, {@code layout}, {@code categories}).
 *
 * @param present     whether the file had front matter at all
 * @param date        the publication or event date: {@code published}, then {@code date}, then {@code created}
 * @param authors     authors as plain names ({@code [[Wiki Link]]} unwrapped)
 * @param guests      names from {@code guest}/{@code guests}/{@code interviewee}
 * @param hosts       names from {@code host}/{@code hosts}
 * @param publisher   the site, channel or publication that put the text out: {@code site}, {@code site_name},
 *                    {@code publisher}, {@code publication}, {@code outlet}, or a {@code source} that is a name, not a URL
 */
public record FrontMatter(boolean present, String title, String url, List<String> authors, List<String> guests,
                          List<String> hosts, PartialDate date, List<String> tags, String description,
                          String venue, String publisher) {

    public FrontMatter {
        authors = List.copyOf(authors);
        guests = List.copyOf(guests);
        hosts = List.copyOf(hosts);
        tags = List.copyOf(tags);
    }

    static final FrontMatter NONE = new FrontMatter(false, null, null, List.of(), List.of(), List.of(), null,
            List.of(), null, null, null);

    /** The front matter and the body after it; {@code bodyLine} is the 1-based file line the body starts on. */
    public record Split(FrontMatter frontMatter, String body, int bodyLine) {}

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern FENCE = Pattern.compile("^(?:---|\\.\\.\\.)\\s*$");
    private static final Pattern LOOKS_LIKE_YAML = Pattern.compile("^[\\p{L}\\p{N}_ .-]+\\s*:(\\s|$).*");

    /**
     * Front matter for the fields, in order, fenced by {@code ---} lines and followed by a blank
     * line, or nothing when every field is null or empty: how a web page's or captions' own
     * metadata is handed to {@link #split} (docs/INGEST.md, "Web pages").
     */
    static String write(Map<String, ?> fields) {
        var kept = new LinkedHashMap<String, Object>();
        fields.forEach((k, v) -> {
            if (v != null && !(v instanceof java.util.Collection<?> c && c.isEmpty())) {
                kept.put(k, v);
            }
        });
        if (kept.isEmpty()) {
            return "";
        }
        try {
            return YAML.writeValueAsString(kept) + "---\n\n"; // the writer opens with "---"
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write front matter", e);
        }
    }

    /** Splits a transcript into its front matter (if any) and body. */
    public static Split split(TranscriptFile file) throws IngestException {
        String text = file.text();
        String[] lines = text.split("\n", -1);
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        if (first >= lines.length || !lines[first].strip().equals("---")) {
            return new Split(NONE, text, 1);
        }
        int close = -1;
        for (int i = first + 1; i < lines.length; i++) {
            if (FENCE.matcher(lines[i]).matches()) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return new Split(NONE, text, 1);
        }
        String yaml = String.join("\n", java.util.Arrays.copyOfRange(lines, first + 1, close));
        String firstContent = yaml.lines().filter(l -> !l.isBlank() && !l.strip().startsWith("#")).findFirst().orElse("");
        boolean yamlish = LOOKS_LIKE_YAML.matcher(firstContent).matches();
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, close + 1, lines.length));
        if (!yamlish) {
            // "---" used as a horizontal rule at the top: there is no front matter.
            return new Split(NONE, text, 1);
        }
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            Problem p = FactFiles.yamlSyntaxProblem(file.path().toString(), yaml, e);
            throw new IngestException(file.path(), first + 1 + p.line(),
                    "front matter is not valid YAML: " + p.message().replaceFirst("^YAML syntax error: ", ""));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return new Split(NONE.withPresent(), body, close + 2);
        }
        if (!root.isObject()) {
            throw new IngestException(file.path(), first + 2, "front matter is not a YAML mapping of fields");
        }
        return new Split(read(root), body, close + 2);
    }

    private FrontMatter withPresent() {
        return new FrontMatter(true, title, url, authors, guests, hosts, date, tags, description, venue, publisher);
    }

    private static FrontMatter read(JsonNode root) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        root.properties().forEach(e -> fields.putIfAbsent(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue()));
        String title = text(fields, "title", "name");
        String url = text(fields, "source", "url", "link", "canonical_url", "canonical", "original", "permalink");
        String publisher = text(fields, "site", "site_name", "sitename", "publisher", "publication", "outlet");
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            publisher = publisher != null ? publisher : url; // "source: Bloomberg" names who put it out
            url = text(fields, "url", "link", "canonical_url", "canonical", "original", "permalink");
            url = url != null && url.matches("(?i)https?://\\S+") ? url : null;
        }
        PartialDate date = null;
        for (String key : List.of("published", "date", "pubdate", "publish_date", "published_at", "recorded", "created", "created_at")) {
            JsonNode n = fields.get(key);
            if (n != null && n.isValueNode() && !n.asText().isBlank()) {
                Optional<PartialDate> d = DateForms.parseValue(n.asText());
                if (d.isPresent()) {
                    date = d.get();
                    break;
                }
            }
        }
        return new FrontMatter(true, clean(title), url,
                names(fields, "author", "authors", "speaker", "speakers"),
                names(fields, "guest", "guests", "interviewee", "interviewees"),
                names(fields, "host", "hosts", "interviewer"),
                date,
                strings(fields, "tags", "categories", "keywords"),
                clean(text(fields, "description", "summary", "excerpt")),
                clean(text(fields, "channel", "podcast", "show", "venue", "series")),
                clean(publisher));
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : Markdown.name(s);
    }

    private static String text(Map<String, JsonNode> fields, String... keys) {
        for (String k : keys) {
            JsonNode n = fields.get(k);
            if (n == null) {
                continue;
            }
            if (n.isArray() && !n.isEmpty() && n.get(0).isValueNode()) {
                n = n.get(0);
            }
            if (n.isValueNode() && !n.asText().isBlank()) {
                return n.asText().strip();
            }
        }
        return null;
    }

    private static List<String> strings(Map<String, JsonNode> fields, String... keys) {
        var out = new ArrayList<String>();
        for (String k : keys) {
            JsonNode n = fields.get(k);
            if (n == null) {
                continue;
            }
            if (n.isArray()) {
                // An unquoted [[Wiki Link]] is a list inside a list to YAML: flatten it.
                flatten(n, out);
            } else if (n.isValueNode() && !n.asText().isBlank()) {
                for (String part : n.asText().split("[,;]")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
        }
        return out.stream().distinct().toList();
    }

    private static void flatten(JsonNode n, List<String> out) {
        if (n.isArray()) {
            n.forEach(x -> flatten(x, out));
        } else if (n.isValueNode() && !n.asText().isBlank()) {
            out.add(n.asText().strip());
        }
    }

    private static List<String> names(Map<String, JsonNode> fields, String... keys) {
        var out = new ArrayList<String>();
        for (String value : strings(fields, keys)) {
            for (String part : value.split("\\s*(?:,|;|、|&| and |/)\\s*")) {
                String name = Markdown.name(part);
                if (!name.isBlank() && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
