package org.claimskb.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transcript's speaker label at the start of a line or bullet: {@code Lisa Su: ...},
 * {@code 黃仁勳：...}, {@code **Lisa Su**: ...}, {@code **Lisa Su:** ...}, {@code LISA SU: ...},
 * {@code ジェンスン・フアン：...}.
 *
 * <p>Finding the shape is cheap; deciding that the words before the colon are a person is the
 * hard part, because summaries use the same shape for topics ({@code Gross Margin: 75%},
 * {@code 電力：…}, {@code ラック重量：…}). {@link #looksLikeName} is the name test that needs no
 * knowledge base: two to four capitalised Latin words none of which is a common English word;
 * two to four Han characters that start with a common surname and do not end like a noun
 * ({@code 率}, {@code 點}, {@code 量} …); or katakana with a name separator ({@code ・}).
 * {@link SpeakerResolver} adds what the knowledge base knows (a known speaker's name is a label
 * whatever its shape; a company's name never is).
 *
 * @param name the label as a name: emphasis removed, an all-capitals label in title case
 * @param end  where the label (colon and spaces included) ends in the text, so it can be cut off
 */
record SpeakerLabel(String name, int end) {
    private static final String LATIN_WORD = "\\p{Lu}[\\p{IsLatin}'’.-]*";
    /** Labels naming a role rather than a person: who asks ({@code Q}, {@code 記者}) and who answers ({@code A}, {@code 答}). */
    private static final List<String> ASKING_ROLES = WordLists.lines("interviewer-labels");
    private static final List<String> ANSWERING_ROLES = WordLists.lines("answerer-labels");
    private static final Pattern SHAPE = Pattern.compile("^\\s*(?:\\*\\*|__)?\\s*("
            + LATIN_WORD + "(?:\\s" + LATIN_WORD + "){0,3}"
            + "|[\\p{IsHan}\\p{IsKatakana}・･ー＝=]{2,12}"
            // Role labels too short for the shapes above (問：, 答：).
            + "|" + String.join("|", java.util.stream.Stream.concat(ASKING_ROLES.stream(), ANSWERING_ROLES.stream())
                    .sorted((x, y) -> y.length() - x.length()).map(Pattern::quote).toList()) + ")"
            + "\\s*(?:(?:\\*\\*|__)\\s*[:：]|[:：]\\s*(?:\\*\\*|__)?)[ \\t\\u3000]*(?=\\S)");
    private static final Pattern LATIN_NAME = Pattern.compile(LATIN_WORD + "(?:\\s" + LATIN_WORD + "){1,3}");
    private static final Pattern KATAKANA_NAME = Pattern.compile("[\\p{IsKatakana}ー]{2,}(?:[・･＝=][\\p{IsKatakana}ー]{1,})+");
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");

    /**
     * Words that are not part of a person's name, so {@code Key Takeaways:}, {@code Bottom Line:}
     * and {@code Data Center Revenue:} are topics rather than speakers.
     */
    private static final Set<String> NOT_NAME_WORDS = Set.copyOf(List.of("the", "a", "an", "and", "or", "of", "in", "on", "for",
            "to", "with", "by", "at", "from", "vs", "about", "into", "over", "after", "before", "behind", "against",
            "across", "beyond", "interview", "interviews", "conversation", "podcast", "key", "takeaway", "takeaways", "bottom", "line", "note", "notes",
            "summary", "question", "questions", "answer", "answers", "part", "chapter", "section", "episode", "update",
            "outlook", "intro", "introduction", "conclusion", "conclusions", "background", "source", "sources", "title",
            "date", "guest", "guests", "host", "hosts", "speaker", "speakers", "data", "center", "centre", "market",
            "markets", "revenue", "revenues", "growth", "margin", "margins", "total", "new", "next", "first", "last",
            "big", "main", "top", "point", "points", "step", "fact", "facts", "quote", "quick", "final", "thoughts",
            "result", "results", "why", "what", "how", "who", "when", "where", "this", "that", "my", "our", "your",
            "their", "his", "her", "its", "we", "i", "you", "they", "he", "she", "it", "is", "are", "news", "price",
            "prices", "cost", "costs", "share", "demand", "supply", "power", "chip", "chips", "model", "models", "risk",
            "risks", "case", "bull", "bear", "example", "tip", "warning", "disclaimer", "editor", "editors",
            "transcript", "timestamp", "video", "audio", "link", "links", "read", "more", "also", "see", "related",
            "breaking", "live", "watch", "listen", "ai", "gpu", "gpus", "cpu", "tpu", "tpus", "us", "usa", "update",
            "tl", "dr", "faq", "q", "re", "status", "context", "problem", "solution", "thesis", "view", "views",
            "opinion", "analysis", "prediction", "predictions", "capex", "inference", "training", "compute", "energy",
            "cloud", "software", "hardware", "company", "companies", "industry", "strategy", "team", "product",
            "products", "sales", "profit", "profits", "valuation", "investment", "investors", "scaling", "law", "laws",
            "rack", "racks", "memory", "network", "networking", "cluster", "clusters", "edition", "version", "today",
            "here", "welcome", "hello", "hi", "thanks", "thank", "please", "so", "well", "yes", "no", "okay", "ok",
            "but", "if", "then", "now", "just", "said", "says", "corporate", "participants", "presentation", "executives",
            "analysts", "operator", "moderator", "instructions", "remarks", "prepared"));
    /** Common Chinese surnames (and a few frequent Japanese first characters of family names). */
    private static final String SURNAME_INITIALS = "王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林羅罗鄭郑梁謝谢宋"
            + "唐許许韓韩馮冯鄧邓曹彭曾蕭萧董袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁沈姚盧卢姜崔鍾钟譚谭陸陆汪范金廖賈贾夏韋韦"
            + "付鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙黎賀贺顧顾郝龔龚邵萬万錢钱嚴严覃戴莫孔湯汤溫温施柯歐欧傅"
            + "孫佐鈴鈴渡伊山田中小加吉松井木村藤斎斉森池橋阿坂岡遠青野";
    /** Last characters of common nouns that begin with a surname character ({@code 毛利率}, {@code 高度}). */
    private static final String NOUN_ENDINGS = "率性論论點点題题費费額额格場场業业術术化度期間间數数量圖图源況况念策向景因果值價价益利"
            + "力能法線线型式器品權权網网路區区面部門门源勢势";

    private static final java.util.Set<String> OPERATORS = WordLists.lines("operator-labels").stream()
            .map(l -> Ids.nameKey(l)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** What a role label says about whose turn it opens. */
    enum Role { ASKS, ANSWERS }

    private static final java.util.Map<String, Role> ROLES = roles();

    private static java.util.Map<String, Role> roles() {
        var out = new java.util.HashMap<String, Role>();
        ANSWERING_ROLES.forEach(r -> out.put(Ids.nameKey(r), Role.ANSWERS));
        ASKING_ROLES.forEach(r -> out.put(Ids.nameKey(r), Role.ASKS));
        return java.util.Map.copyOf(out);
    }

    /**
     * The role a label names instead of a person ({@code Q}, {@code Interviewer}, {@code Host},
     * {@code 記者}: the one who asks; {@code A}, {@code Answer}, {@code 答}: the one who answers),
     * from {@code interviewer-labels-*.txt} and {@code answerer-labels-*.txt}.
     */
    static Optional<Role> role(String label) {
        return Optional.ofNullable(ROLES.get(key(label)));
    }

    /** A label as a key of the role and operator lists: its colon and emphasis off, {@link Ids#nameKey}. */
    private static String key(String label) {
        return Ids.nameKey(label.replaceAll("[:：*_]", "").strip());
    }

    /** Whether the label names whoever runs the call or panel ({@code Operator}, {@code オペレーター}), whose lines are not claims. */
    static boolean isOperator(String label) {
        return OPERATORS.contains(key(label));
    }

    /** The label at the start of a passage's text, whatever its words are. */
    static Optional<SpeakerLabel> at(String text) {
        Matcher m = SHAPE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String raw = withoutHonorific(m.group(1).strip());
        boolean allCaps = raw.chars().anyMatch(Character::isLetter) && raw.equals(raw.toUpperCase(Locale.ROOT))
                && raw.chars().anyMatch(c -> c < 128 && Character.isLetter(c));
        return Optional.of(new SpeakerLabel(allCaps ? titleCase(raw) : raw, m.end()));
    }

    private static final Pattern HONORIFIC = Pattern.compile("^(?:" + String.join("|", WordLists.lines("honorifics", "en").stream()
            .map(Pattern::quote).toList()) + ")\\s+(?=\\p{Lu})", Pattern.CASE_INSENSITIVE);

    /** The label without a courtesy title before the name ({@code MR. AMON} is {@code AMON}). */
    private static String withoutHonorific(String raw) {
        return HONORIFIC.matcher(raw).replaceFirst("");
    }

    /** Whether the text starts with something shaped like a label (used to start a new turn). */
    static boolean startsLine(String line) {
        return SHAPE.matcher(line).find();
    }

    /** Whether the words look like a person's name without asking the knowledge base (see the class comment). */
    static boolean looksLikeName(String name) {
        if (LATIN_NAME.matcher(name).matches()) {
            String[] words = name.split("\\s+");
            int longest = 0;
            for (String w : words) {
                if (commonWord(w)) {
                    return false;
                }
                String bare = w.replaceAll("[.'’-]", "");
                longest = Math.max(longest, bare.length());
            }
            // "AI GPU", "Q3 EPS": acronyms, not names; a name has a word of four letters or more.
            return longest >= 4;
        }
        if (KATAKANA_NAME.matcher(name).matches()) {
            return true;
        }
        if (HAN_NAME.matcher(name).matches()) {
            int first = name.codePointAt(0);
            int last = name.codePointBefore(name.length());
            return SURNAME_INITIALS.indexOf(first) >= 0 && NOUN_ENDINGS.indexOf(last) < 0;
        }
        return false;
    }

    /** Whether a single word is a common word rather than part of a name ({@code Today}, {@code Key}). */
    static boolean commonWord(String word) {
        String bare = word.replaceAll("[.'’-]", "").toLowerCase(Locale.ROOT);
        boolean plural = bare.length() > 3 && bare.endsWith("s") && NOT_NAME_WORDS.contains(bare.substring(0, bare.length() - 1));
        return bare.isEmpty() || NOT_NAME_WORDS.contains(bare) || plural;
    }

    private static String titleCase(String s) {
        var sb = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }
}
