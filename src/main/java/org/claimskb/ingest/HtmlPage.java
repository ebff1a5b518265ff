package org.claimskb.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimskb.files.Json;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A saved web page read as the transcript {@code claims add} takes: the page's own metadata
 * (title, publication date, address, site, authors, description; from its {@code <meta>} tags,
 * canonical link and JSON-LD) becomes front matter, and the page's main text becomes Markdown
 * (headings as {@code #} lines, paragraphs and list items as lines of their own, short bold runs
 * such as a speaker's {@code <b>Lisa Su:</b>} kept as {@code **...**}). Scripts, styles,
 * navigation, asides, forms, hidden elements, elements whose id or class names furniture
 * (comments, sharing, related links, ads) and the page's own header and footer are left out;
 * when an {@code <article>} or {@code <main>} holds most of the text, only it is read.
 * Everything after this step is the same as for a Markdown transcript (docs/INGEST.md, "Web pages").
 */
final class HtmlPage {
    private HtmlPage() {}

    /** Elements whose content is never the page's text. */
    private static final String NOT_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "nav, aside, form, button, select, textarea, input, dialog, [hidden], [aria-hidden=true], "
            + "[style~=(?i)display:\\s*none]";
    /** Elements that start and end a block of text (a paragraph of the Markdown). */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "blockquote", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "pre", "figure",
            "figcaption", "hr", "address", "details", "summary", "caption", "center", "h1", "h2", "h3", "h4", "h5", "h6");
    /** Longest bold run kept as bold: a speaker's label, not a bolded paragraph. */
    private static final int LABEL_CHARS = 60;
    /** The share of the page's text an {@code <article>} or {@code <main>} must hold to be read alone. */
    private static final double MAIN_SHARE = 0.5;

    /**
     * Whether {@code text} is an HTML document rather than Markdown or plain text: it opens with a
     * doctype or an {@code <html>}/{@code <head>}/{@code <body>} tag (after a byte-order mark,
     * blanks or comments), or the file is named {@code .html}/{@code .htm}/{@code .xhtml} and
     * holds a {@code <body>} or {@code <p>} tag.
     */
    static boolean is(String fileName, String text) {
        String head = text.substring(0, Math.min(text.length(), 4096)).toLowerCase(Locale.ROOT);
        int i = 0;
        while (true) {
            while (i < head.length() && (Character.isWhitespace(head.charAt(i)) || head.charAt(i) == '\ufeff')) {
                i++;
            }
            if (head.startsWith("<!--", i)) {
                int end = head.indexOf("-->", i);
                if (end < 0) {
                    return false;
                }
                i = end + 3;
            } else if (head.startsWith("<?xml", i)) {
                int end = head.indexOf("?>", i);
                if (end < 0) {
                    return false;
                }
                i = end + 2;
            } else {
                break;
            }
        }
        for (String opening : List.of("<!doctype html", "<html", "<head", "<body")) {
            if (head.startsWith(opening, i)) {
                return true;
            }
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean htmlName = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
        String lower = text.toLowerCase(Locale.ROOT);
        return htmlName && (lower.contains("<body") || lower.contains("<p>") || lower.contains("<p "));
    }

    /** The page as front matter and a Markdown body. */
    static String asTranscript(String html) {
        Document page = Jsoup.parse(html);
        Metadata meta = Metadata.of(page);
        page.select(NOT_TEXT).remove();
        removeFurniture(page);
        String body = markdown(mainText(page));
        return meta.frontMatter() + body + "\n";
    }

    /** Words of an id or class that mark furniture ({@code page-furniture-classes-en.txt}). */
    private static final Set<String> FURNITURE = Set.copyOf(WordLists.lines("page-furniture-classes", "en"));

    /**
     * Leaves out elements whose id or class names furniture ({@code comments}, {@code share-bar},
     * {@code related-posts}, {@code ad-slot}), unless one holds half the page's text or more (a
     * {@code <body class="has-comments">} is still the page).
     */
    private static void removeFurniture(Document page) {
        int all = page.body().text().length();
        for (Element e : page.body().select("[id], [class]")) {
            if (e.parent() == null || e.normalName().equals("article") || e.normalName().equals("main")) {
                continue; // removed with an ancestor already, or the text itself
            }
            String names = (e.id() + " " + e.className()).toLowerCase(Locale.ROOT);
            boolean furniture = false;
            for (String word : names.split("[\\s_-]+")) {
                if (FURNITURE.contains(word)) {
                    furniture = true;
                    break;
                }
            }
            if (furniture && e.text().length() < MAIN_SHARE * all) {
                e.remove();
            }
        }
    }

    /**
     * The element holding the page's text: the {@code <article>}, {@code <main>} or
     * {@code role=main} element with the most text when it holds most of the page's, else the
     * body without its own header and footer (a page's banner, menus and legal lines).
     */
    private static Element mainText(Document page) {
        Element body = page.body();
        int all = body.text().length();
        Element best = null;
        int bestLength = 0;
        for (Element candidate : page.select("article, main, [role=main]")) {
            int length = candidate.text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        if (best != null && bestLength >= MAIN_SHARE * all) {
            return best;
        }
        for (Element child : body.children()) {
            if (child.normalName().equals("header") || child.normalName().equals("footer")) {
                child.remove();
            }
        }
        return body;
    }

    /** The element's text as Markdown: blocks as paragraphs, headings as {@code #} lines, short bold runs as bold. */
    private static String markdown(Element root) {
        var md = new Markdown();
        NodeTraversor.traverse(md, root);
        return md.text();
    }

    private static final class Markdown implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text(preDepth > 0 ? t.getWholeText() : t.text());
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("br")) {
                    newline();
                } else if (tag.equals("li")) {
                    newline();
                    out.append("- ");
                } else if (BLOCKS.contains(tag)) {
                    paragraph();
                    if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
                        out.append("#".repeat(tag.charAt(1) - '0')).append(' ');
                    }
                    if (tag.equals("pre")) {
                        preDepth++;
                    }
                } else if (tag.equals("td") || tag.equals("th")) {
                    space();
                } else if (bold(e)) {
                    space();
                    out.append("**");
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    if (tag.equals("pre")) {
                        preDepth--;
                    }
                    paragraph();
                } else if (tag.equals("li")) {
                    newline();
                } else if (bold(e)) {
                    trimEnd();
                    out.append("** ");
                }
            }
        }

        /** A short bold run with text: a label worth keeping as {@code **...**}. */
        private static boolean bold(Element e) {
            String tag = e.normalName();
            if (!tag.equals("b") && !tag.equals("strong")) {
                return false;
            }
            String text = e.text().strip();
            return !text.isEmpty() && text.length() <= LABEL_CHARS && e.parent() != null
                    && !e.parent().normalName().equals("b") && !e.parent().normalName().equals("strong");
        }

        private void text(String s) {
            if (s.isEmpty()) {
                return;
            }
            if (preDepth == 0 && atLineStart()) {
                s = s.stripLeading();
            }
            out.append(s);
        }

        private boolean atLineStart() {
            return out.isEmpty() || out.charAt(out.length() - 1) == '\n';
        }

        private void space() {
            if (!atLineStart() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }

        private void trimEnd() {
            int n = out.length();
            while (n > 0 && out.charAt(n - 1) == ' ') {
                n--;
            }
            out.setLength(n);
        }

        private void newline() {
            trimEnd();
            if (!atLineStart()) {
                out.append('\n');
            }
        }

        private void paragraph() {
            newline();
            int n = out.length();
            if (n > 0 && !(n > 1 && out.charAt(n - 2) == '\n')) {
                out.append('\n');
            }
        }

        String text() {
            return out.toString().replaceAll("(?m)(?<=\\S) {2,}", " ").replaceAll("\n{3,}", "\n\n").strip();
        }
    }

    /** What the page says about itself: title, date, address, site, authors, description. */
    private record Metadata(String title, String date, String url, String site, List<String> authors,
                            String description) {

        static Metadata of(Document page) {
            List<JsonNode> linked = linkedData(page);
            String site = first(meta(page, "property", "og:site_name"), linkedName(linked, "publisher"));
            String title = first(meta(page, "property", "og:title"), meta(page, "name", "twitter:title"),
                    withoutSite(page.title(), site), attr(page, "h1", null));
            String date = first(meta(page, "property", "article:published_time"),
                    meta(page, "name", "article:published_time"), meta(page, "itemprop", "datePublished"),
                    linkedText(linked, "datePublished"),
                    meta(page, "name", "pubdate"), meta(page, "name", "publishdate"), meta(page, "name", "publish-date"),
                    meta(page, "name", "parsely-pub-date"), meta(page, "name", "dc.date"),
                    meta(page, "name", "dcterms.date"), meta(page, "name", "date"),
                    attr(page, "time[datetime]", "datetime"), linkedText(linked, "dateCreated"));
            String url = first(http(attr(page, "link[rel=canonical]", "abs:href")),
                    http(meta(page, "property", "og:url")));
            Set<String> authors = new LinkedHashSet<>();
            for (Element m : page.select("meta[name=author], meta[property=article:author]")) {
                String a = m.attr("content").strip();
                if (!a.isEmpty() && !a.matches("(?i)https?://.*")) {
                    authors.add(a);
                }
            }
            if (authors.isEmpty()) {
                authors.addAll(linkedNames(linked, "author"));
            }
            String description = first(meta(page, "property", "og:description"), meta(page, "name", "description"));
            return new Metadata(title, date, url, site, List.copyOf(authors), description);
        }

        /** The metadata as front matter ({@link FrontMatter#write}). */
        String frontMatter() {
            var fields = new java.util.LinkedHashMap<String, Object>();
            fields.put("title", title);
            fields.put("date", date);
            fields.put("url", url);
            fields.put("site", site);
            fields.put("authors", authors);
            fields.put("description", description);
            return FrontMatter.write(fields);
        }

        private static String first(String... values) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    return v.strip().replaceAll("\\s+", " ");
                }
            }
            return null;
        }

        private static String meta(Document page, String attribute, String name) {
            for (Element m : page.select("meta[" + attribute + "]")) {
                if (m.attr(attribute).equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
                    return m.attr("content");
                }
            }
            return null;
        }

        /** The first {@code query} match's {@code attribute} (null: its text). */
        private static String attr(Document page, String query, String attribute) {
            Element e = page.selectFirst(query);
            return e == null ? null : attribute == null ? e.text() : e.attr(attribute);
        }

        private static String http(String url) {
            return url != null && url.matches("(?i)https?://\\S+") ? url : null;
        }

        /** The page title without a trailing {@code | Site} or {@code - Site} naming the site. */
        private static String withoutSite(String title, String site) {
            if (title == null || site == null) {
                return title;
            }
            for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
                if (title.endsWith(sep + site)) {
                    return title.substring(0, title.length() - sep.length() - site.length());
                }
            }
            return title;
        }

        /** The page's JSON-LD objects (each {@code @graph} member counted as one); unreadable blocks are skipped. */
        private static List<JsonNode> linkedData(Document page) {
            List<JsonNode> out = new ArrayList<>();
            for (Element script : page.select("script[type=application/ld+json]")) {
                try {
                    JsonNode root = Json.mapper().readTree(script.data());
                    collect(root, out);
                } catch (JsonProcessingException notJson) {
                    // A page's broken JSON-LD says nothing: the other metadata still counts.
                }
            }
            return out;
        }

        private static void collect(JsonNode node, List<JsonNode> out) {
            if (node == null) {
                return;
            }
            if (node.isArray()) {
                node.forEach(n -> collect(n, out));
            } else if (node.isObject()) {
                out.add(node);
                collect(node.get("@graph"), out);
            }
        }

        private static String linkedText(List<JsonNode> linked, String field) {
            for (JsonNode n : linked) {
                JsonNode v = n.get(field);
                if (v != null && v.isTextual() && !v.asText().isBlank()) {
                    return v.asText();
                }
            }
            return null;
        }

        private static String linkedName(List<JsonNode> linked, String field) {
            List<String> names = linkedNames(linked, field);
            return names.isEmpty() ? null : names.get(0);
        }

        /** The names a JSON-LD field gives: a string, an object's {@code name}, or an array of either. */
        private static List<String> linkedNames(List<JsonNode> linked, String field) {
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode n : linked) {
                JsonNode v = n.get(field);
                if (v == null) {
                    continue;
                }
                for (JsonNode one : v.isArray() ? v : List.of(v)) {
                    String name = one.isTextual() ? one.asText() : one.path("name").asText("");
                    if (!name.isBlank() && !name.matches("(?i)https?://.*")) {
                        names.add(name.strip());
                    }
                }
                if (!names.isEmpty()) {
                    break;
                }
            }
            return List.copyOf(names);
        }
    }
}
