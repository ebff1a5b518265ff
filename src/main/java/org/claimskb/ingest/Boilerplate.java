package org.claimskb.ingest;

import java.util.regex.Pattern;

/**
 * Text that is not anyone's claim: sponsor reads, subscribe and share prompts, navigation, link
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

    /** Whether the raw passage or sentence is boilerplate rather than content. */
    static boolean is(String raw) {
        if (isPassage(raw)) {
            return true;
        }
        if (STRONG.matcher(raw).find()) {
            return true;
        }
        return raw.strip().length() < SHORT && WEAK.matcher(raw).find();
    }
}
