package org.claimskb.ingest;

/**
 * Names the language of a text as a BCP 47 tag: {@code ja}, {@code zh-Hant}, {@code zh-Hans} or
 * {@code en}. A documented heuristic rather than a statistical library, because the three
 * distinctions needed here are visible in the script itself and a heuristic explains its answers:
 * <ol>
 * <li>Count letters by script. If CJK characters (Han plus kana) are fewer than a third of the
 *     Latin letters, the text is English: CJK characters carry several Latin letters' worth of
 *     content, so this still calls a Chinese text full of English product names Chinese.</li>
 * <li>Kana (hiragana or katakana) make up at least 5% of the CJK characters: Japanese, since
 *     Chinese text has none and Japanese prose is rarely below 20%.</li>
 * <li>Otherwise Chinese: count characters that only traditional script uses ({@code 們這個為說對
 *     會時國與從發業經開麼體還進產場過動電實點後題學將長間現億萬價...}) against their simplified
 *     counterparts; more traditional ones mean {@code zh-Hant}, else {@code zh-Hans}.</li>
 * </ol>
 */
public final class LanguageDetector {

    /** Pairs of traditional and simplified forms of common characters, index-aligned. */
    static final String TRADITIONAL = "們這個為說對會時國與從發業經開麼體還進產場過動電實點後題學將長間現億萬價們"
            + "來當無問關應頭從讓認資經濟買賣術導據幾龍週邊線網東車戰計設議論總於氣處義習樣爾圖區變記務"
            + "臺灣萬兩蘭權歲雙飛風馬魚鳥麼麵齊龜團園圓書畫聽讀寫態際單費貨錢銷營價級結統補標準確運輸";
    static final String SIMPLIFIED = "们这个为说对会时国与从发业经开么体还进产场过动电实点后题学将长间现亿万价们"
            + "来当无问关应头从让认资经济买卖术导据几龙周边线网东车战计设议论总于气处义习样尔图区变记务"
            + "台湾万两兰权岁双飞风马鱼鸟么面齐龟团园圆书画听读写态际单费货钱销营价级结统补标准确运输";

    private LanguageDetector() {}

    public static String detect(String text) {
        long latin = 0;
        long han = 0;
        long kana = 0;
        long traditional = 0;
        long simplified = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case LATIN -> latin++;
                case HAN -> {
                    han++;
                    if (cp < 0x10000) {
                        char c = (char) cp;
                        int t = TRADITIONAL.indexOf(c);
                        int s = SIMPLIFIED.indexOf(c);
                        // A character in both lists at the same place is written alike in both scripts.
                        if (t >= 0 && (s < 0 || SIMPLIFIED.charAt(t) != c)) {
                            traditional++;
                        } else if (s >= 0 && TRADITIONAL.charAt(s) != c) {
                            simplified++;
                        }
                    }
                }
                case HIRAGANA, KATAKANA -> {
                    // The prolonged sound mark and middle dot are shared with Chinese usage.
                    if (cp != 0x30FC && cp != 0x30FB) {
                        kana++;
                    }
                }
                default -> { }
            }
        }
        long cjk = han + kana;
        if (cjk == 0 || cjk * 3 < latin) {
            return "en";
        }
        if (kana * 20 >= cjk) {
            return "ja";
        }
        return traditional > simplified ? "zh-Hant" : "zh-Hans";
    }

    /** Whether the tag names a language written with CJK characters (no spaces between words). */
    static boolean isCjk(String language) {
        return language.startsWith("ja") || language.startsWith("zh");
    }
}
