package org.claimskb.ingest;

import java.util.regex.Pattern;

/**
 * Text that is not anyone's claim: greetings and sign-offs, sponsor reads, subscribe and share prompts, navigation, link
 * lines, copyright lines and "original link" notes, in English, Japanese and Chinese; and
 * metadata bullets such as {@code **公開日**: 2024-12-09} or {@code Guest: X}, which feed the source
 * and speakers instead.
 */
final class Boilerplate {
    /** Phrases that mark a sentence as boilerplate wherever they occur. */
    private static final Pattern STRONG = Pattern.compile("(?i)"
            + "\\b(subscribe|sponsor(?:ed)?|brought to you by|promo code|discount code|use code|affiliate link"
            + "|all rights reserved|privacy policy|terms of (?:use|service)|patreon|like and subscribe"
            + "|link in (?:the )?(?:description|bio))\\b"
            + "|©|チャンネル登録|高評価|スポンサー|無断転載|利用規約|プライバシーポリシー|お問い合わせ"
            + "|原文連結|原文链接|原文網址|原文网址|收聽連結|收听链接|收看連結|訂閱|订阅|贊助|赞助|按讚|点赞|點讚"
            + "|版權所有|版权所有|本文整理自|本文轉載|本文转载");
    /** Phrases that mark only a short line (navigation, prompts): in prose they are ordinary words. */
    private static final Pattern WEAK = Pattern.compile("(?i)"
            + "\\b(follow (?:us|me)|share|click|sign up|newsletter|cookies?|read more|listen on|watch on|show notes|comments?)\\b"
            + "|シェア|フォロー|広告|元記事|関連記事|続きを読む|ログイン|会員登録|ニュース一覧|コメント"
            + "|分享|追蹤|关注|延伸閱讀|延伸阅读|相關文章|相关文章|留言|廣告|广告|點擊|点击");
    /**
     * Greetings, introductions and sign-offs: the opening and closing of a show say who is there,
     * not what anyone claims. Checked per sentence, wherever they occur.
     */
    private static final Pattern GREETING = Pattern.compile("(?i)"
            + "\\bthanks?(?: you)?(?: so much)?,? for (?:having me|having us|joining|being here|coming on|watching|listening|tuning in|taking my questions?|taking the questions?|taking my call)"
            + "|\\b(?:great|good|nice|wonderful|a pleasure|happy|glad) to (?:be here|be back|have you|see you|be with you)"
            + "|\\bpleasure to be here|\\bwelcome (?:back )?to (?:the|our|this|my) (?:show|podcast|episode|channel|program|programme)"
            + "|\\bwelcomes? (?:back )?(?:(?-i:\\p{Lu})|our |my |today's )|\\b(?:is|are) joined by\\b|\\bjoining (?:us|me)\\b"
            + "|\\b(?:my|our) guest today\\b|\\btoday's guest\\b|\\bsee you (?:next time|next week|soon)\\b|\\buntil next time\\b"
            + "|\\bthat's (?:all|it) for (?:today|this episode|this week)|\\bfollow (?:us|me) (?:on|at|for)\\b|\\bfollow us\\b"
            + "|お招きいただき|よろしくお願いします|よろしくお願いいたします|ご視聴(?:ありがとう|いただき)|ご覧いただき|ようこそ"
            + "|本日のゲスト|今日のゲスト|それではまた|また次回"
            + "|歡迎收看|欢迎收看|歡迎收聽|欢迎收听|歡迎來到|欢迎来到|感謝收看|感谢收看|感謝收聽|感谢收听|謝謝收看|谢谢收看"
            + "|謝謝邀請|谢谢邀请|謝謝你的邀請|谢谢你的邀请|很高興來到|很高兴来到|下期再見|下期再见|我們下次見|我们下次见|今天的嘉賓|今天的嘉宾");
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
        return Markdown.mostlyLinks(raw) || METADATA_KEY.matcher(raw).find() && METADATA.matcher(raw).matches();
    }

    /** Whether the text has a greeting or sign-off in it ("Thanks for having me", "歡迎收看"). */
    static boolean hasGreeting(String text) {
        return GREETING.matcher(text).find();
    }

    /** Whether the raw passage or sentence is boilerplate rather than content. */
    static boolean is(String raw) {
        if (isPassage(raw)) {
            return true;
        }
        if (STRONG.matcher(raw).find() || GREETING.matcher(raw).find()) {
            return true;
        }
        return raw.strip().length() < SHORT && WEAK.matcher(raw).find();
    }
}
