package org.claimskb.ingest;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who put a text out, as a clipped page says it: the writer of a news report's dateline byline
 * ({@code 〔編譯盧永山／綜合報導〕…}, {@code 編譯林文彬／綜合外電}), a wire service's credit opening the
 * lead ({@code (ブルームバーグ): …}, {@code LONDON (Reuters) - …}), the front matter's site or publisher,
 * or the site the page's address names. These make a draft's {@code source.reported_by}; the credit
 * itself is cut from the sentence it opens ({@link #strip}). Role words are {@code credit-roles-zh.txt}.
 */
final class Credits {
    /** Lines from the top where a credit is looked for. */
    private static final int TOP_LINES = 25;
    private static final List<String> ROLES = WordLists.lines("credit-roles", "zh").stream()
            .filter(w -> !w.startsWith("/")).sorted((a, b) -> b.length() - a.length()).toList();
    private static final List<String> TAILS = WordLists.lines("credit-roles", "zh").stream()
            .filter(w -> w.startsWith("/")).map(w -> w.substring(1)).toList();
    /** A bracketed dateline byline at a paragraph's start: {@code 〔編譯盧永山／綜合報導〕}, {@code 【記者王小明／台北報導】}. */
    private static final Pattern BRACKETED = Pattern.compile("^\\s*[〔【\\[]([^〕】\\]]{2,30})[〕】\\]]\\s*");
    /** A wire credit opening the lead: {@code (ブルームバーグ):}, {@code (Reuters) -}, {@code LONDON (Reuters) --}. */
    private static final Pattern WIRE = Pattern.compile(
            "^\\s*(?:\\p{Lu}[\\p{Lu} ,.'-]{1,30}\\s)?[(（]([^)）\\d]{2,24})[)）]\\s*(?:[:：]|--|—|–|-)\\s*(?=\\S)");
    private static final Pattern SLASH = Pattern.compile("[／/]");

    private Credits() {}

    /** The line without a dateline byline or wire credit at its start ({@code 〔編譯X／綜合報導〕美國…} is {@code 美國…}). */
    static String strip(String line) {
        Matcher b = BRACKETED.matcher(line);
        if (b.lookingAt() && writerOf(b.group(1)).isPresent()) {
            return line.substring(b.end());
        }
        Matcher w = WIRE.matcher(line);
        return w.lookingAt() ? line.substring(w.end()) : line;
    }

    /** The writer a dateline byline near the top names, if any ({@code 盧永山}). */
    static Optional<String> writer(String body) {
        for (String raw : top(body)) {
            String line = Markdown.plain(raw).strip();
            Matcher b = BRACKETED.matcher(line);
            Optional<String> w = b.lookingAt() ? writerOf(b.group(1)) : line.length() <= 30 ? writerOf(line) : Optional.empty();
            if (w.isPresent()) {
                return w;
            }
        }
        return Optional.empty();
    }

    /** The wire service whose credit opens a paragraph near the top, if any ({@code ブルームバーグ}, {@code Reuters}). */
    static Optional<String> wire(String body) {
        for (String raw : top(body)) {
            Matcher w = WIRE.matcher(Markdown.plain(raw));
            if (w.lookingAt()) {
                return Optional.of(w.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** The site a page's address names, without {@code www.} ({@code ec.ltn.com.tw}), if the address is one. */
    static Optional<String> site(String url) {
        if (url == null) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? Optional.empty() : Optional.of(host.toLowerCase(Locale.ROOT).replaceFirst("^(?:www|m|amp)\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // not an address that parses: no site
        }
    }

    /** The writer a dateline byline's words name: {@code 編譯盧永山／綜合報導} gives {@code 盧永山}. */
    private static Optional<String> writerOf(String inner) {
        String[] parts = SLASH.split(inner, 2);
        if (parts.length < 2 || TAILS.stream().noneMatch(t -> parts[1].strip().endsWith(t))) {
            return Optional.empty();
        }
        var names = new ArrayList<String>();
        for (String piece : parts[0].split("[、，,]")) {
            String name = withoutRole(piece.strip());
            if (!name.isEmpty() && name.length() <= 12) {
                names.add(name);
            }
        }
        boolean roled = ROLES.stream().anyMatch(r -> parts[0].strip().startsWith(r));
        return names.isEmpty() || !roled && !inner.contains("報導") && !inner.contains("报道")
                ? Optional.empty() : Optional.of(String.join("、", names));
    }

    private static String withoutRole(String piece) {
        String p = piece;
        for (boolean cut = true; cut; ) {
            cut = false;
            for (String r : ROLES) {
                if (p.startsWith(r) && p.length() > r.length()) {
                    p = p.substring(r.length()).strip();
                    cut = true;
                }
            }
        }
        return p;
    }

    private static List<String> top(String body) {
        return body.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(TOP_LINES).toList();
    }
}
