package org.claimskb.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.claimskb.model.SourceKind;

/**
 * Guesses what a text is, in this order:
 * <ol>
 * <li>its title, description, tags, headings or first passages name a kind (the first passages'
 *     word for a summary or commentary only when speakers do not take turns): {@code translation}
 *     ({@code 翻譯}, {@code 翻訳}, {@code 原文}), else {@code summary} ({@code key takeaways}, {@code 要約},
 *     {@code 摘要}), else {@code commentary} ({@code my take}, {@code 解説}, {@code 評論}): the word lists
 *     {@code source-kind-translation/summary/commentary-en/ja/zh.txt};</li>
 * <li>speakers take turns (two labelled turns or more): a {@code transcript};</li>
 * <li>a paragraph opens by summing up ({@code In summary}, {@code The conversation then turned},
 *     {@code 總的來說}, {@code インタビューでは}; {@code summary-openers-en/ja/zh.txt}): a {@code summary};</li>
 * <li>it reports people's words ({@code Huang said}, {@code 他表示}, {@code フアン氏は…と述べた}) in two
 *     sentences or more: an {@code article};</li>
 * <li>else a {@code transcript} (one voice, speaking for itself).</li>
 * </ol>
 * Furniture is gone from the passages read, so a {@code 神评论} comment link never makes a commentary.
 */
final class SourceKindGuess {
    private static final Pattern TRANSLATION = WordLists.phrases("source-kind-translation", null);
    private static final Pattern SUMMARY = WordLists.phrases("source-kind-summary", null);
    private static final Pattern COMMENTARY = WordLists.phrases("source-kind-commentary", null);
    private static final Pattern SUMMARY_OPENER = WordLists.phrases("summary-openers", null);
    /** How many passages from the start count as "the first lines". */
    private static final int HEAD_PASSAGES = 3;

    private SourceKindGuess() {}

    /**
     * The kind of the text.
     *
     * @param turns   how many labelled turns the text has
     * @param reports how many sentences outside turns report someone's words
     */
    static SourceKind guess(String title, FrontMatter fm, List<Passage> passages, int turns, int reports) {
        String meta = meta(title, fm, passages);
        String first = first(passages);
        if (TRANSLATION.matcher(meta).find() || TRANSLATION.matcher(first).find()) {
            return SourceKind.TRANSLATION;
        }
        // The title, description, tags or headings name the kind; the first lines' word does not
        // outweigh speakers taking turns ("Below are highlights from our conversation." above the turns).
        for (String head : turns >= 2 ? List.of(meta) : List.of(meta, first)) {
            if (SUMMARY.matcher(head).find()) {
                return SourceKind.SUMMARY;
            }
            if (COMMENTARY.matcher(head).find()) {
                return SourceKind.COMMENTARY;
            }
        }
        if (turns >= 2) {
            return SourceKind.TRANSCRIPT;
        }
        if (passages.stream().anyMatch(p -> SUMMARY_OPENER.matcher(p.text()).lookingAt())) {
            return SourceKind.SUMMARY;
        }
        return reports >= 2 ? SourceKind.ARTICLE : SourceKind.TRANSCRIPT;
    }

    /** The first passages, one a line. */
    private static String first(List<Passage> passages) {
        var sb = new StringBuilder();
        passages.stream().limit(HEAD_PASSAGES).forEach(p -> sb.append(p.text()).append('\n'));
        return sb.toString();
    }

    /** Title, description, tags and the section headings, one a line. */
    private static String meta(String title, FrontMatter fm, List<Passage> passages) {
        var sb = new StringBuilder(title == null ? "" : title).append('\n');
        if (fm.description() != null) {
            sb.append(fm.description()).append('\n');
        }
        fm.tags().forEach(t -> sb.append(t).append('\n'));
        passages.stream().map(Passage::heading).filter(h -> h != null && !h.isBlank()).distinct()
                .forEach(h -> sb.append(h).append('\n'));
        return sb.toString();
    }
}
