package org.claimskb.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small pure helpers for pages: URL parameters, safe links, highlight pieces, moments in videos. */
public final class Http {
    private Http() {}

    /** A piece of a passage; {@code marked} pieces matched the query. */
    public record Piece(String text, boolean marked) {}

    public static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A claim's page. */
    public static String claimUrl(String id) {
        return "/claim?id=" + encode(id);
    }

    /** Cuts a highlight ({@code **match**}) into pieces; the text itself stays text. */
    static List<Piece> marked(String highlight) {
        var pieces = new ArrayList<Piece>();
        String[] parts = highlight.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty()) pieces.add(new Piece(parts[i], i % 2 == 1));
        }
        return pieces;
    }

    /** The URL when it is an absolute http(s) URL (so never {@code javascript:}), else null. */
    static String safeUrl(String url) {
        if (url == null) return null;
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null ? u.toASCIIString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static final Pattern CLOCK = Pattern.compile("(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})");

    /** Seconds into a recording for a timestamp such as {@code 1:02:03} or {@code 12:34} in {@code at}, or -1. */
    static int seconds(String at) {
        if (at == null) return -1;
        Matcher m = CLOCK.matcher(at);
        if (!m.find()) return -1;
        int h = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int min = Integer.parseInt(m.group(2));
        int s = Integer.parseInt(m.group(3));
        return min > 59 && m.group(1) != null || s > 59 ? -1 : h * 3600 + min * 60 + s;
    }

    /**
     * A link to the moment {@code at} in the source when its URL allows it (YouTube's {@code t=}
     * parameter), else the source URL itself; null when the URL is not a safe link.
     */
    static String momentUrl(String url, String at) {
        String safe = safeUrl(url);
        if (safe == null) return null;
        int s = seconds(at);
        if (s < 0) return safe;
        String host = URI.create(safe).getHost().toLowerCase(Locale.ROOT);
        if (host.equals("youtu.be") || host.endsWith("youtube.com")) {
            String clean = safe.replaceAll("([?&])t=[^&#]*&?", "$1").replaceAll("[?&]$", "");
            return clean + (clean.contains("?") ? "&" : "?") + "t=" + s;
        }
        return safe;
    }
}
