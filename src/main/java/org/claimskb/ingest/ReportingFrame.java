package org.claimskb.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words a sentence reports, without the frame that says who said them: {@code Huang told analysts
 * Tuesday that there were about $1 trillion of data centers} measures data centers, not
 * {@code huang-told-analysts}; {@code 輝達執行長黃仁勳在11月底表示，美國要花三年…} measures what follows
 * 表示; {@code フアン氏は「…約500億ドルに達する…」と述べた} what is inside the quotation marks. The
 * reporting verbs are the {@code reported-speech-en/ja/zh.txt} word lists.
 */
final class ReportingFrame {
    private static final Pattern EN_FRAME = Pattern.compile("(?i)\\b(?:" + WordLists.lines("reported-speech", "en").stream()
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b(?:\\s+[\\p{L}\\p{N}’'-]+){0,8}?\\s+that\\s+");
    private static final Pattern ZH_FRAME = Pattern.compile("(?:" + WordLists.lines("reported-speech", "zh").stream()
            .map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s*[，,：:]");
    private static final Pattern JA_QUOTE = Pattern.compile("「([^」]*\\d[^」]*)」");
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile("^\\s*(?:[\\p{L}’'-]+\\s+){0,4}[\\p{L}’'-]+,\\s+");
    /** A frame only counts near the start: later, a reporting verb belongs to the content. */
    private static final int ZH_FRAME_WITHIN = 40;

    private ReportingFrame() {}

    /** The reported content of the sentence, or the sentence itself when it has no reporting frame. */
    static String content(String sentence, String language) {
        String family = WordLists.family(language);
        if (family.equals("en")) {
            Matcher m = EN_FRAME.matcher(sentence);
            return m.find() ? sentence.substring(m.end()) : sentence;
        }
        if (family.equals("zh")) {
            Matcher m = ZH_FRAME.matcher(sentence);
            return m.find() && m.start() <= ZH_FRAME_WITHIN ? sentence.substring(m.end()) : sentence;
        }
        Matcher q = JA_QUOTE.matcher(sentence);
        return q.find() ? q.group(1) : sentence;
    }

    /** The words without a short opening phrase and its comma ({@code Looking ahead, Su is …} gives {@code Su is …}). */
    static String withoutLeadingAdverbial(String words) {
        Matcher m = LEADING_ADVERBIAL.matcher(words);
        return m.find() ? words.substring(m.end()) : words;
    }
}
