package org.claimskb.ingest;

import java.util.regex.Pattern;

/**
 * Text that is not anyone's claim: greetings and sign-offs, sponsor reads, subscribe and share prompts, navigation, link
 * lines, copyright lines and "original link" notes, in English, Japanese and Chinese; and
 * metadata bullets such as {@code **公開日**: 2024-12-09} or {@code Guest: X}, which feed the source
 * and speakers instead.
 */
final class Boilerplate {
    /** Phrases that mark a sentence as boilerplate wherever they occur ({@code boilerplate-strong-en/ja/zh.txt}). */
    private static final Pattern STRONG = WordLists.phrases("boilerplate-strong", null);
    /** Words that mark only a short line: in prose they are ordinary words ({@code boilerplate-weak-en/ja/zh.txt}). */
    private static final Pattern WEAK = WordLists.phrases("boilerplate-weak", null);
    /** Japanese and Chinese greetings and sign-offs ({@code greetings-ja/zh.txt}). */
    private static final Pattern CJK_GREETING = WordLists.alternation(java.util.stream.Stream.concat(
            WordLists.lines("greetings", "ja").stream(), WordLists.lines("greetings", "zh").stream()).toList());
    /**
     * Greetings, introductions and sign-offs: the opening and closing of a show say who is there,
     * not what anyone claims. Checked per sentence, wherever they occur.
     */
    private static final Pattern GREETING = Pattern.compile("(?i)"
            + "\\bthanks?(?: you)?(?: so much)?,? for (?:having me|having us|joining|being here|coming on|watching|listening|tuning in|taking my questions?|taking the questions?|taking my call)"
            + "|\\b(?:great|good|nice|wonderful|a pleasure|happy|glad) to (?:be here|be back|have you|see you|be with you)"
            + "|\\bpleasure to be here|\\bwelcome (?:back )?to (?:the|our|this|my) (?:show|podcast|episode|channel|program|programme|newsletter)"
            + "|\\bwelcome back to (?-i:\\p{Lu})"
            + "|\\bwelcomes? (?:back )?(?:(?-i:\\p{Lu})|our |my |today's )|\\b(?:is|are) joined by\\b|\\bjoining (?:us|me)\\b"
            + "|\\b(?:my|our) guest today\\b|\\btoday's guest\\b|\\bsee you (?:next time|next week|soon)\\b|\\buntil next time\\b"
            + "|\\bthat's (?:all|it) for (?:today|this episode|this week)|\\bfollow (?:us|me) (?:on|at|for)\\b|\\bfollow us\\b"
            );
    private static final int SHORT = 40;

    private static final Pattern METADATA = Pattern.compile(
            "^\\s*(?:\\*\\*|__)?\\s*[\\p{L} ]{1,20}?\\s*(?:\\*\\*|__)?\\s*[:：]\\s*(?:\\*\\*|__)?\\s*\\S.{0,60}$");
    private static final Pattern METADATA_KEY = Pattern.compile("(?i)^\\s*(?:\\*\\*|__)?\\s*("
            + "channel|host|hosts|guest|guests|speaker|speakers|published|date|length|duration|runtime|episode|podcast|source|url|link|tags|author|authors"
            + "|チャンネル|ホスト|ゲスト|公開日|長さ|配信日|出演|番組|収録日|話者"
            + "|頻道|频道|主持人|主持|嘉賓|嘉宾|來賓|来宾|受訪者|受访者|日期|時長|时长|節目|节目|來源|来源|作者|標籤|标签)\\s*(?:\\*\\*|__)?\\s*[:：]");

    private Boilerplate() {}

    /**
     * Whether a whole passage is boilerplate: a link line or a metadata line. Phrases are checked
     * per sentence ({@link #is}), so one "subscribe" does not take the paragraph's claims with it.
     */
    static boolean isPassage(String raw) {
        return Markdown.mostlyLinks(raw) || METADATA_KEY.matcher(raw).find() && METADATA.matcher(raw).matches()
                && !Questions.marked(raw) // "**Host:** Where is the constraint now?" is a turn, not metadata
                && !SENTENCE_VALUE.matcher(raw).find(); // "Guest: We expect revenue to double in 2027." is a turn too
    }

    /** A value of four words or more that ends a sentence: someone's words, not a field's. */
    private static final Pattern SENTENCE_VALUE = Pattern.compile("[:：]\\s*(?:\\*\\*|__)?\\s*(?:\\S+\\s+){3,}\\S*[.!。！]\\s*$");

    /** Whether the text has a greeting or sign-off in it ("Thanks for having me", "歡迎收看"). */
    static boolean hasGreeting(String text) {
        return GREETING.matcher(text).find() || CJK_GREETING.matcher(text).find();
    }

    /** Whether the raw passage or sentence is boilerplate rather than content. */
    static boolean is(String raw) {
        if (isPassage(raw)) {
            return true;
        }
        if (STRONG.matcher(raw).find() || hasGreeting(raw)) {
            return true;
        }
        return raw.strip().length() < SHORT && WEAK.matcher(raw).find() && !statesSomething(raw);
    }

    /**
     * Whether a short line with a weak word states something after all: a figure or a forecast
     * ("Our share will double by 2027.", "シェアは3割に"), where a prompt ("Share this", "Click here") does not.
     */
    private static boolean statesSomething(String raw) {
        return raw.codePoints().anyMatch(Character::isDigit)
                || ClaimClassifier.futureCue(raw, LanguageDetector.detect(raw)) != null;
    }
}
