package org.claimskb.ingest;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Removing Markdown and HTML markup so that what remains is the words a reader sees. */
final class Markdown {
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[([^\\]|]+)(?:\\|([^\\]]+))?]]");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|mailto):[^>]+>");
    private static final Pattern BARE_URL = Pattern.compile("https?://\\S+");
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^>]*>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|~~|`+)");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]+]");

    private Markdown() {}

    /** The visible words of a Markdown fragment: links become their text, URLs and markup go. */
    static String plain(String s) {
        String t = IMAGE.matcher(s).replaceAll("");
        t = WIKI_LINK.matcher(t).replaceAll(m -> quote(m.group(2) != null ? m.group(2) : m.group(1)));
        t = LINK.matcher(t).replaceAll(m -> quote(m.group(1)));
        t = AUTOLINK.matcher(t).replaceAll("");
        t = BARE_URL.matcher(t).replaceAll("");
        t = HTML_TAG.matcher(t).replaceAll("");
        t = FOOTNOTE.matcher(t).replaceAll("");
        t = EMPHASIS.matcher(t).replaceAll("");
        t = t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"");
        return t.replaceAll("[ \\t\\u00A0\\u3000]+", " ").strip();
    }

    /** A person's or page's name from a wiki link or plain value: {@code [[Gavin Baker]]} is Gavin Baker. */
    static String name(String s) {
        var m = WIKI_LINK.matcher(s.strip());
        if (m.matches()) {
            return m.group(1).strip();
        }
        return plain(s).replaceAll("^[\"'“”「『]+|[\"'“”」』]+$", "").strip();
    }

    /** Whether a line is mostly links and URLs, with little text of its own. */
    static boolean mostlyLinks(String raw) {
        String withoutLinks = LINK.matcher(raw).replaceAll("");
        withoutLinks = AUTOLINK.matcher(withoutLinks).replaceAll("");
        withoutLinks = BARE_URL.matcher(withoutLinks).replaceAll("");
        boolean hadLinks = withoutLinks.length() != raw.length();
        String rest = withoutLinks.replaceAll("[\\p{Punct}\\p{IsPunctuation}\\p{So}\\s]", "");
        return hadLinks && rest.length() * 3 < raw.strip().length() && rest.codePointCount(0, rest.length()) < 20;
    }

    /** Compatibility-normalised (full-width digits and letters to ASCII), whitespace collapsed. */
    static String normalized(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }

    private static String quote(String replacement) {
        return java.util.regex.Matcher.quoteReplacement(replacement);
    }
}
