package org.claimskb.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines of a clipped web page that belong to the page, not the text: skip links
 * ({@code Skip to content}, {@code メインコンテンツへジャンプ}, {@code 跳至主要內容}), breadcrumbs
 * ({@code Home » Earnings » Technology}, {@code ホーム > 経済}), share and subscribe prompts, bylines
 * ({@code Editor …}, {@code Published 08/29/2024}). The phrases are the {@code furniture-en/ja/zh.txt}
 * word lists. Checked per line before lines are joined into paragraphs, so a skip link never runs
 * into the title that follows it.
 */
final class Furniture {
    /** Lines longer than this are text even when they start with a furniture word. */
    private static final int SHORT_LINE = 80;
    private static final List<String> PHRASES = WordLists.lines("furniture").stream()
            .map(p -> p.toLowerCase(Locale.ROOT)).sorted((a, b) -> b.length() - a.length()).toList();
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:»|›|>|\\||/|·|•|:|：|—|–|-)\\s*");
    /** A breadcrumb: short segments joined by two or more separators. */
    private static final Pattern BREADCRUMB = Pattern.compile("^[^»›>]{1,25}(?:\\s*[»›>]\\s*[^»›>]{1,25}){2,}$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]\\s*$");

    private Furniture() {}

    /** Whether the (stripped, markup-free) line is page furniture. */
    static boolean isLine(String line) {
        String t = Markdown.plain(line).strip();
        if (t.isEmpty() || t.length() > SHORT_LINE) {
            return false;
        }
        if (BREADCRUMB.matcher(t).matches()) {
            return true;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String p : PHRASES) {
            if (lower.startsWith(p) && restIsFurniture(t.substring(p.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What follows a furniture phrase keeps the line furniture when it is nothing, a separator and
     * anything ({@code Related: …}, {@code 首頁 > 財經}), or a short tail that is not a sentence
     * ({@code Editor Jane Doe}, {@code Published 08/29/2024}).
     */
    private static boolean restIsFurniture(String rest) {
        if (rest.isBlank()) {
            return true;
        }
        if (SEPARATOR.matcher(rest).lookingAt() && !rest.startsWith(" ") || rest.matches("^\\s*[»›>|:：—–].*")) {
            return true;
        }
        boolean wordBoundary = !Character.isLetterOrDigit(rest.charAt(0)) || rest.charAt(0) > 0x2E80;
        return wordBoundary && rest.length() <= 60 && !SENTENCE_END.matcher(rest).find();
    }
}
