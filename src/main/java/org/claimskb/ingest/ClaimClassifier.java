package org.claimskb.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.PartialDate;

/**
 * Decides whether a sentence is a candidate claim and drafts its kind, in this order:
 * <ol>
 * <li><b>prediction</b>: a future or forecast cue ({@code will, expect, forecast, within 5 years};
 *     {@code 將會, 將+verb, 預計/预计, 未來, 明年}; {@code だろう, 予想, 見込み, までに, 今後}) or a
 *     year later than the source's date ({@code by 2027}, {@code 到2027年}, {@code 2027年までに}). {@code due} is the end of the latest future year or month
 *     named; else the source date plus a stated horizon ({@code within 5 years}, {@code 十年內},
 *     {@code 3年以内}, {@code next year/明年/来年}); else the source date plus one year.</li>
 * <li><b>statistic</b>: the sentence carries a quantity (see {@link QuantityParser}).</li>
 * <li><b>opinion</b>: a belief cue ({@code I think, believes, argues}; {@code 認為/认为, 覺得};
 *     {@code と思う, と考え, と主張}).</li>
 * <li><b>analysis</b>: a comparison or superlative ({@code than, more, largest, versus};
 *     {@code 比, 更, 最, 超過, 領先}; {@code より, 最も, 最大, 上回る, 優位}).</li>
 * <li><b>fact</b>: none of those, but it names a known entity or a year.</li>
 * </ol>
 * Anything else (questions, fragments, framing, boilerplate) is not a candidate.
 */
public final class ClaimClassifier {
    private static final Pattern FUTURE_EN = Pattern.compile("(?i)\\b(will|won't|shall|going to|gonna|expects?|expected to"
            + "|expecting|forecasts?|predicts?|predicted|projected to|likely to|anticipates?"
            + "|in the (?:next|coming) |within (?:the next )?\\w+ (?:years?|months?|decades?)|over the next|next year|in \\w+ years)\\b|\\w'll\\b");
    /**
     * Chinese future cues. A bare 會/会 ("can", "would", habit) and 將/将 as the object marker
     * (將多個芯片連接 "connect the chips") are not cues; 將 counts when a verb or 會 follows it.
     */
    private static final Pattern FUTURE_ZH = Pattern.compile("將會|将会|將要|将要|終將|终将|預計|预计|預測|预测|預期|预期|預估|预估"
            + "|未來|未来|即將|即将|有望|年內|年内|明年|後年|后年|可望|勢必|势必|接下來|接下来|很快就[會会]|[會会](?=在\\s?\\d{4})"
            + "|[將将](?=[在於于]?(?:成為|成为|達到|达到|超過|超过|推出|增加|增長|增长|減少|减少|持續|持续|繼續|继续|迎來|迎来|面臨|面临"
            + "|帶來|带来|出現|出现|進入|进入|改變|改变|影響|影响|取代|主導|主导|變得|变得|失去|擁有|拥有|需要|成長|成长|下降|上升|翻倍))");
    /** The speaker announcing their own next step: "I'm going to", "I'll", "let me"; 我來, 我要; 私が…します. */
    private static final Pattern OWN_ACTION = Pattern.compile("(?i)^\\W*(?:so,?\\s+|and\\s+|ok(?:ay)?,?\\s+|well,?\\s+)?"
            + "(?:I'm going to|I am going to|I'm gonna|I'll|I will|let me|let's|we'll just|we're going to go)\\b|^(?:我來|我来|我要先|讓我|让我)");
    private static final Pattern FUTURE_JA = Pattern.compile("だろう|でしょう|予想|予測|見込|見通し|までに|将来|今後|来年|再来年|年内"
            + "|はずだ|はずです|する見通し|になる見込み|年以内|年後|つもり|計画");
    private static final Pattern OPINION = Pattern.compile("(?i)\\b(I think|I believe|I'd argue|in my (?:view|opinion)|my view"
            + "|we think|we believe|I feel|I'm convinced|believes?|argues?|argued|thinks|in his view|in her view)\\b"
            + "|我認為|我认为|我覺得|我觉得|我相信|我看|在我看來|在我看来|個人認為|个人认为|認為|认为|主張|主张|相信"
            + "|と思う|と思います|と思っ|と考え|と主張|と見てい|と感じ|私見|個人的に");
    private static final Pattern COMPARE_EN = Pattern.compile("(?i)\\b(more|less|fewer|better|worse|larger|smaller|bigger|higher"
            + "|lower|faster|slower|cheaper|greater|stronger|weaker|\\w{3,}er than|than|most|least|best|worst|largest|biggest"
            + "|highest|lowest|fastest|cheapest|strongest|compared (?:to|with)|versus|vs\\.?|outperform\\w*|ahead of|behind|dominant|dominates?)\\b");
    private static final Pattern COMPARE_CJK = Pattern.compile("比|更|最|超過|超过|不如|相比|勝過|胜过|領先|领先|優於|优于|落後|落后"
            + "|高於|高于|低於|低于|より|最も|最大|最高|最低|最小|一番|比べ|上回|下回|優位|劣る|勝る|圧倒");
    private static final Pattern CJK_NOT_COMPARE = Pattern.compile("比如|比例|比喻|比方|比賽|比赛|最近|最後|最后|最初|最終|最终|更新|變更|变更|変更");
    private static final Pattern QUESTION = Pattern.compile("[?？]\\s*[\"'”」』)]*\\s*$");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d,.])(?:FY\\s?)?((?:19|20)\\d{2})(?![\\d,]|\\.\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})\\s?(?:年\\s?|[-/.])(\\d{1,2})(?:\\s?月|(?![\\d]))");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern HORIZON = Pattern.compile("(?i)(?:within|in|over)\\s+(?:the\\s+next\\s+)?(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty)\\s+years?"
            + "|(?:未來|未来|今後|今后)\\s?(\\d+|[一二兩两三四五六七八九十]+)\\s?年|(\\d+|[一二兩两三四五六七八九十]+)\\s?年(?:內|内|以內|以内|之內|之内|後|后)");
    /** "by the end of the decade", "本十年末": the decade's last year ({@code decade-end-en/ja/zh.txt}). */
    private static final Pattern DECADE_END = WordLists.phrases("decade-end", null);
    private static final Pattern NEXT_YEAR = Pattern.compile("(?i)\\bnext year\\b|明年|来年|來年");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("twenty", 20));

    private ClaimClassifier() {}

    /**
     * The kind of the sentence as a claim, or empty when it is not a candidate.
     *
     * @param sentence     plain text (markup removed)
     * @param hasQuantity  whether {@link QuantityParser} found a quantity in it
     * @param namesEntity  whether it names an entity of the knowledge base
     * @param reported     whether the text reports it as someone's words ("Su noted that …")
     * @param sourceDate   the source's date, to tell future years from past ones
     */
    public static Optional<Classification> classify(String sentence, String language, boolean hasQuantity,
                                                    boolean namesEntity, boolean reported, PartialDate sourceDate) {
        String text = Markdown.normalized(sentence);
        if (QUESTION.matcher(text).find() || tooShort(text, language)) {
            return Optional.empty();
        }
        int sourceYear = sourceDate.year();
        PartialDate latestFuture = null;
        boolean mentionsYear = false;
        Matcher ym = YEAR_MONTH.matcher(text);
        while (ym.find()) {
            int y = Integer.parseInt(ym.group(1));
            int mo = Integer.parseInt(ym.group(2));
            if (mo >= 1 && mo <= 12) {
                mentionsYear = true;
                PartialDate d = new PartialDate(y, mo, null);
                if (d.start().isAfter(sourceDate.end()) && (latestFuture == null || d.compareTo(latestFuture) > 0)) {
                    latestFuture = d;
                }
            }
        }
        Matcher my = MONTH_YEAR.matcher(text);
        while (my.find()) {
            int mo = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                    .indexOf(my.group(1).toLowerCase(java.util.Locale.ROOT)) + 1;
            PartialDate d = new PartialDate(Integer.parseInt(my.group(2)), mo, null);
            mentionsYear = true;
            if (d.start().isAfter(sourceDate.end()) && (latestFuture == null || d.compareTo(latestFuture) > 0)) {
                latestFuture = d;
            }
        }
        Matcher y = YEAR.matcher(text);
        while (y.find()) {
            if (QuantityParser.unitFollows(text, y.end())) {
                continue;
            }
            mentionsYear = true;
            int year = Integer.parseInt(y.group(1));
            if (year > sourceYear && (latestFuture == null || year > latestFuture.year())) {
                latestFuture = new PartialDate(year, null, null);
            }
        }
        if (latestFuture == null && DECADE_END.matcher(text).find()) {
            latestFuture = new PartialDate((sourceYear / 10) * 10 + 10, null, null); // "by the end of the decade"
        }
        String cue = futureCue(text, language);
        Matcher own = OWN_ACTION.matcher(text);
        if (cue != null && latestFuture == null && !hasQuantity && !namesEntity && own.find()) {
            // "I'm going to move it in.": the speaker's next step in the conversation is not a forecast;
            // a forecast after it ("I'll tell you, demand will double") still is.
            cue = futureCue(text.substring(own.end()), language);
        }
        if (cue != null || latestFuture != null) {
            LocalDate due;
            if (latestFuture != null) {
                due = latestFuture.end();
            } else {
                due = horizon(text, sourceDate).orElse(sourceDate.end().plusYears(1));
            }
            String why = cue != null ? "future cue \"" + cue + "\"" : "names " + latestFuture + ", after the source date";
            return Optional.of(new Classification(ClaimKind.PREDICTION, latestFuture, due, why));
        }
        if (hasQuantity) {
            return Optional.of(new Classification(ClaimKind.STATISTIC, null, null, "states a quantity"));
        }
        Matcher op = OPINION.matcher(text);
        if (op.find()) {
            return Optional.of(new Classification(ClaimKind.OPINION, null, null, "belief cue \"" + op.group() + "\""));
        }
        String cmp = comparison(text);
        if (cmp != null) {
            return Optional.of(new Classification(ClaimKind.ANALYSIS, null, null, "comparison \"" + cmp + "\""));
        }
        if (namesEntity || mentionsYear || reported) {
            return Optional.of(new Classification(ClaimKind.FACT, null, null, namesEntity ? "names a known entity"
                    : mentionsYear ? "names a year" : "reports a speaker's words"));
        }
        return Optional.empty();
    }

    private static boolean tooShort(String text, String language) {
        String letters = text.replaceAll("[\\p{P}\\p{S}\\s]", "");
        if (LanguageDetector.isCjk(LanguageDetector.detect(text))) {
            return letters.codePointCount(0, letters.length()) < 8;
        }
        return text.split("\\s+").length < 5;
    }

    static String futureCue(String text, String language) {
        Matcher en = FUTURE_EN.matcher(text);
        while (en.find()) {
            // "was going to", "were expected to": a past plan or expectation, not a forecast.
            String before = text.substring(Math.max(0, en.start() - 6), en.start()).toLowerCase(java.util.Locale.ROOT);
            if (!before.matches(".*\\b(?:was|were)\\s+$")) {
                return en.group();
            }
        }
        Matcher zh = FUTURE_ZH.matcher(text);
        if (!language.startsWith("ja") && zh.find()) {
            return zh.group();
        }
        Matcher ja = FUTURE_JA.matcher(text);
        if (language.startsWith("ja") && ja.find()) {
            return ja.group();
        }
        return null;
    }

    private static String comparison(String text) {
        Matcher en = COMPARE_EN.matcher(text);
        if (en.find()) {
            return en.group();
        }
        Matcher cjk = COMPARE_CJK.matcher(CJK_NOT_COMPARE.matcher(text).replaceAll("__"));
        return cjk.find() ? cjk.group() : null;
    }

    private static Optional<LocalDate> horizon(String text, PartialDate sourceDate) {
        Matcher h = HORIZON.matcher(text);
        if (h.find()) {
            String n = h.group(1) != null ? h.group(1) : h.group(2) != null ? h.group(2) : h.group(3);
            int years;
            if (n.chars().allMatch(Character::isDigit)) {
                years = Integer.parseInt(n);
            } else if (WORDS.containsKey(n.toLowerCase(java.util.Locale.ROOT))) {
                years = WORDS.get(n.toLowerCase(java.util.Locale.ROOT));
            } else {
                years = (int) Numerals.value(n);
            }
            if (years > 0 && years <= 100) {
                return Optional.of(sourceDate.start().plusYears(years));
            }
        }
        if (NEXT_YEAR.matcher(text).find()) {
            return Optional.of(LocalDate.of(sourceDate.year() + 1, 12, 31));
        }
        return Optional.empty();
    }
}
