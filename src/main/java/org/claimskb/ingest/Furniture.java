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
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？]\\s*[\"'”」』)）]*\\s*$");
    /** A date, with a time if any: a line that is a date and a short name is a dateline or a credit. */
    private static final Pattern DATE = Pattern.compile("\\d{4}\\s?[-/.年]\\s?\\d{1,2}\\s?[-/.月]\\s?\\d{1,2}\\s?日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?"
            + "|(?i:\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+\\d{4})");
    /** What a dateline or credit may hold besides its date: a source's or section's name. */
    private static final int DATELINE_REST = 25;
    /** A tag line: this many short items or more, joined by commas ({@code 关于黄仁勋，英伟达，AI，…的新闻}). */
    private static final int TAG_ITEMS = 5;
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[，,、]");
    /** A site's short name before a furniture phrase ({@code 17173 新闻导语}). */
    private static final Pattern SITE_TOKEN = Pattern.compile("^[\\p{IsLatin}\\d]{2,12}\\s+");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin}'’-]*");

    /** A photo's credit in parentheses at the end of its caption: {@code …的標誌。(Reuters)}, {@code （法新社）}. */
    private static final Pattern CAPTION_CREDIT = Pattern.compile("[(（]\\s*(?:" + String.join("|", WordLists.lines("photo-credits")
            .stream().map(Pattern::quote).toList()) + ")(?:\\s*[/／·,，]\\s*[^)）]{0,20})?\\s*[)）]\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPTION_OPENER = WordLists.phrases("caption-openers", null);
    /** How far into a caption its opener may come (after a date and a place). */
    private static final int CAPTION_OPENER_WITHIN = 30;

    private Furniture() {}

    /**
     * Whether the line is a photo's caption: it ends with a photo credit in parentheses
     * ({@code photo-credits-en/ja/zh.txt}), or opens with a date and then a caption opener within its
     * first words ({@code 2025年4月19日，中國河南，圖為…}; {@code caption-openers-en/ja/zh.txt}).
     */
    static boolean isCaption(String line) {
        String t = Markdown.plain(line).strip();
        if (CAPTION_CREDIT.matcher(t).find()) {
            return true;
        }
        var d = DATE.matcher(t);
        if (!d.lookingAt()) {
            return false;
        }
        var o = CAPTION_OPENER.matcher(t);
        return o.find(d.end()) && o.start() - d.end() <= CAPTION_OPENER_WITHIN;
    }

    /** Whether the (stripped, markup-free) line is page furniture. */
    static boolean isLine(String line) {
        String t = Markdown.plain(line).strip();
        if (t.isEmpty() || t.length() > SHORT_LINE) {
            return false;
        }
        if (BREADCRUMB.matcher(t).matches()) {
            return true;
        }
        return startsWithPhrase(t) || startsWithPhrase(SITE_TOKEN.matcher(t).replaceFirst("")) || dateline(t) || tagLine(t);
    }

    private static boolean startsWithPhrase(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        for (String p : PHRASES) {
            if (lower.startsWith(p) && restIsFurniture(t.substring(p.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date and at most a short name, not a sentence: {@code 2025-12-08 10:42:16 神评论},
     * {@code 「中国網日本語版(チャイナネット)」2025年5月8日}, {@code Aug 28, 2025}.
     */
    private static boolean dateline(String t) {
        var m = DATE.matcher(t);
        if (!m.find()) {
            return false;
        }
        String rest = (t.substring(0, m.start()) + t.substring(m.end())).strip();
        return rest.length() <= DATELINE_REST && !SENTENCE_END.matcher(rest).find();
    }

    /** Short items joined by commas and nothing else: a page's tags ({@code 关于黄仁勋，英伟达，AI，数据中心，芯片…的新闻}). */
    private static boolean tagLine(String t) {
        String[] items = LIST_SEPARATOR.split(t);
        if (items.length < TAG_ITEMS || SENTENCE_END.matcher(t).find()) {
            return false;
        }
        for (String item : items) {
            String i = item.strip();
            if (i.isEmpty() || i.length() > 12 || i.contains(" ") && i.split("\\s+").length > 2) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an English line is a headline rather than a sentence: four words or more, nearly all
     * capitalised, and no sentence end ({@code Nvidia CEO Jensen Huang Says AI Race Is Just Starting},
     * {@code Elevate Your Investing Strategy:}). A clipped page's headlines and banners are not claims.
     */
    static boolean isHeadline(String line) {
        String t = Markdown.plain(line).strip();
        if (t.length() > 160 || SENTENCE_END.matcher(t).find()) {
            return false;
        }
        var m = LATIN_WORD.matcher(t);
        int words = 0;
        int capitalised = 0;
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 4) {
                words++;
                capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
            }
        }
        return words >= 4 && capitalised * 4 >= words * 3;
    }

    /** Whether a line above a page's title is a banner (no sentence), not the text. */
    static boolean isBanner(String line) {
        String t = Markdown.plain(line).strip();
        return !t.isEmpty() && !SENTENCE_END.matcher(t).find();
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
