package org.claimskb.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimskb.units.Units;

/**
 * Finds numbers with units in a sentence of any of the three languages and expresses them in the
 * knowledge base's unit spellings ({@link Units}):
 * <ul>
 * <li>numbers in ASCII or full-width digits, with thousands separators and decimals, or in CJK
 *     numerals ({@code 三}, {@code 十}, {@code 二十}), scaled by {@code 万/萬 億/亿 兆 千 百} or
 *     {@code thousand million billion trillion} (and {@code K M B T} right after a currency sign);</li>
 * <li>units in English, Japanese and Chinese spellings: {@code %/パーセント}, {@code 倍/x/times},
 *     {@code ドル/美元/$/USD}, {@code 円}, {@code 台幣}, {@code 人民幣}, {@code ポンド/磅/lb},
 *     {@code トン/噸}, {@code kW/キロワット/千瓦}, {@code MW/兆瓦}, {@code GW}, {@code V/ボルト},
 *     {@code nm/奈米}, {@code TB}, durations ({@code ヶ月/個月/years}) and counters
 *     ({@code 台/個/人/家/顆} and large English counts such as {@code 200,000 GPUs});</li>
 * <li>ranges {@code 8-95%}, {@code 2,500 to 3,000 lb}, {@code 2〜3億ドル};</li>
 * <li>money is rescaled to {@code USD}, {@code USD-M}, {@code USD-B} or {@code USD-T} (likewise for
 *     other currencies) so that {@code 20億美元} becomes 2 {@code USD-B}.</li>
 * </ul>
 * Not quantities: years ({@code 2027}, {@code 2024年}), dates, timestamps, and numbers that are
 * part of a name ({@code GPT-4}, {@code H100}, {@code TPU v7}, {@code F-35}).
 */
public final class QuantityParser {

    /** A unit as written; {@code factor} converts to the canonical unit (三成 is 3 × 10 %). */
    private record UnitForm(Pattern pattern, String unit, double factor) {}

    private static final List<UnitForm> UNITS = new ArrayList<>();

    private static void unit(String regex, String unit) {
        unit(regex, unit, 1);
    }

    private static void unit(String regex, String unit, double factor) {
        UNITS.add(new UnitForm(Pattern.compile("\\s?(?:" + regex + ")", Pattern.CASE_INSENSITIVE), unit, factor));
    }

    static {
        unit("percentage points?\\b|個百分點|个百分点|ポイント", "pp");
        unit("%|percent\\b|per cent\\b|パーセント", "%");
        unit("成(?![長长为為功本立熟員员就交果])|割(?![合引安高増減])", "%", 10);
        unit("倍|x(?![A-Za-z])|×|times\\b|-?fold\\b", "x");
        unit("美元|美金|ドル|dollars?\\b|USD\\b", "USD");
        unit("円|日圓|日元|日幣|yen\\b|JPY\\b", "JPY");
        unit("ユーロ|歐元|欧元|euros?\\b|EUR\\b", "EUR");
        unit("新台幣|新臺幣|台幣|臺幣|NTD\\b|TWD\\b", "TWD");
        unit("人民幣|人民币|RMB\\b|CNY\\b|yuan\\b", "CNY");
        unit("ポンド|磅|lbs?\\b|pounds?\\b", "lb");
        unit("kg\\b|キログラム|公斤|kilograms?\\b", "kg");
        unit("トン|噸|吨|tonnes?\\b|metric tons?\\b", "t");
        unit("tons?\\b", "ton");
        unit("kWh\\b|キロワット時", "kWh");
        unit("MWh\\b|メガワット時", "MWh");
        unit("GWh\\b|ギガワット時", "GWh");
        unit("TWh\\b|テラワット時", "TWh");
        unit("kW\\b|キロワット|kilowatts?\\b", "kW");
        unit("MW\\b|メガワット|megawatts?\\b", "MW");
        unit("GW\\b|ギガワット|gigawatts?\\b", "GW");
        unit("W\\b|ワット|瓦|watts?\\b", "W");
        unit("V\\b|ボルト|伏特|volts?\\b", "V");
        unit("nm\\b|ナノメートル|ナノ|奈米|纳米|nanometers?\\b", "nm");
        unit("km\\b|キロメートル|公里|kilometers?\\b", "km");
        unit("TB/s\\b", "TB/s");
        unit("GB/s\\b", "GB/s");
        unit("PB\\b|ペタバイト", "PB");
        unit("TB\\b|テラバイト", "TB");
        unit("GB\\b|ギガバイト", "GB");
        unit("EFLOPS\\b", "EFLOPS");
        unit("PFLOPS\\b", "PFLOPS");
        unit("TFLOPS\\b", "TFLOPS");
        unit("年間|(?<=[" + Numerals.CJK_CHARS + "\\d])\\s?年(?![度代末初底前中])|years?\\b", "year");
        unit("ヶ月|か月|カ月|ケ月|ヵ月|個月|个月|months?\\b", "month");
        unit("週間|weeks?\\b", "week");
        unit("日間|days?\\b", "day");
        unit("時間|小時|小时|hours?\\b", "h");
        unit("台|個|个|人|家|顆|颗|枚|件|社|基|座|張|张|名|棟|軒|世帯|戸|units?\\b", "count");
    }

    /** Digits with separators, or CJK numerals; spaces only next to a large place value ({@code 1 兆 4000 億}). */
    private static final String RUN = "(?:\\d+(?:[.,]\\d+)*|[" + Numerals.CJK_CHARS + "])"
            + "(?:\\d+(?:[.,]\\d+)*|[" + Numerals.CJK_CHARS + "]|\\s(?=[万萬億亿兆])|(?<=[万萬億亿兆])\\s(?=\\d))*";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<cur>US\\$|NT\\$|HK\\$|\\$|€|£|¥|USD\\s?|EUR\\s?|JPY\\s?|TWD\\s?|NTD\\s?|CNY\\s?|RMB\\s?)?"
                    + "(?:(?<num>" + RUN + ")|(?<word>\\b(?i:" + Numerals.WORD_ALTERNATION + ")\\b))"
                    + "(?:\\s?(?<en>(?i:thousand|million|billion|trillion)|mn|bn|tn|[KkMBT])(?![A-Za-z]))?");
    private static final Pattern FACTOR = Pattern.compile("(?i)\\bby a factor of\\s+$");
    private static final Pattern ARTICLE = Pattern.compile("(?i)an?");
    /** "between $3 trillion and $4 trillion": "and" joins a range only after "between". */
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+$");
    private static final Pattern AND_SEPARATOR = Pattern.compile("\\s(?:and)\\s");
    /** "from $10 to $15 billion" is a change; "$10 to $15 billion" a range. */
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+(?:about\\s+|around\\s+)?$");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("\\s?(?:-|–|—|~|〜|～|to|至|到|から)\\s?");
    private static final Pattern ARROW = Pattern.compile("→|⇒|->|=>|➡");
    private static final Pattern MASK = Pattern.compile(
            "(?<!\\d)\\d{4}[-/.]\\d{1,2}(?:[-/.]\\d{1,2})?(?!\\d)|\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{4}\\s*年\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?");
    private static final Pattern COUNTED_NOUN = Pattern.compile("\\s([A-Za-z][A-Za-z-]{2,}s)\\b");
    private static final Map<String, Double> EN_SCALE = Map.of("thousand", 1e3, "million", 1e6, "billion", 1e9,
            "trillion", 1e12, "mn", 1e6, "bn", 1e9, "tn", 1e12, "k", 1e3, "m", 1e6, "b", 1e9);

    private QuantityParser() {}

    /** Every quantity in the sentence, in text order. */
    public static List<QuantityMention> find(String sentence, String language) {
        String text = prepare(sentence);
        var out = new ArrayList<QuantityMention>();
        Matcher m = NUMBER.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.end();
            Parsed first = number(text, m);
            if (first == null) {
                continue;
            }
            Reading r = withUnit(text, m, first);
            if (r == null) {
                continue;
            }
            Reading ranged = asRange(text, r, first, m);
            if (ranged != r) {
                from = ranged.end;
            }
            r = withCountedNoun(text, ranged, first, m);
            if (r.unit == null || r.min > r.max || isYear(r)) {
                continue; // "2015年到2020年間" names years, not a duration
            }
            out.add(scaled(r.min, r.max, r.unit, r.noun, m.start()));
        }
        return out;
    }

    /** A number with what follows it read so far: value or range, unit, counted noun, where it ends. */
    private record Reading(double min, double max, String unit, String noun, int end) {}

    /** The number the matcher found, or null when it is a name, an ordinal or a word that only looks like a number. */
    private static Parsed number(String text, Matcher m) {
        int start = m.start("num") >= 0 ? m.start("num") : m.start("word");
        if (partOfName(text, start) || start > 0 && text.charAt(start - 1) == '第') {
            return null;
        }
        Parsed p = parse(m);
        if (p == null || ARTICLE.matcher(String.valueOf(m.group("word"))).matches() && m.group("en") == null) {
            return null; // "a" and "an" are a number only before a scale word: "a billion times"
        }
        // A CJK numeral or an English number word is a quantity only with a unit after it:
        // 一方面, 一些, "one of them" are not numbers of anything.
        if (!p.digits) {
            UnitHit u = unitAt(text, m.end());
            boolean unitAfter = u != null && !u.unit.equals("count") || p.scale >= 1e4 || p.currency != null
                    || RANGE_SEPARATOR.matcher(text).region(m.end(), text.length()).lookingAt()
                    || FACTOR.matcher(text.substring(0, m.start())).find();
            if (!unitAfter) {
                return null;
            }
        }
        return p;
    }

    /** The number with its unit: a currency sign before it, or a unit word after it ("by a factor of ten" is x). */
    private static Reading withUnit(String text, Matcher m, Parsed first) {
        String unit = first.currency;
        int end = m.end();
        UnitHit u = unitAt(text, end);
        double factor = 1;
        if (u != null && (unit == null || Units.of(u.unit).dimension().startsWith("money"))) {
            unit = unit == null ? u.unit : unit; // "$20 billion dollars" keeps the sign's currency
            factor = unit.equals(u.unit) ? u.factor : 1;
            end = u.end;
        }
        if (unit == null && FACTOR.matcher(text.substring(0, m.start())).find()) {
            unit = "x";
        }
        return new Reading(first.value * factor, first.value * factor, unit, null, end);
    }

    /**
     * A range: 8-95%, 2〜3億ドル, $2-3 billion, 2,500 to 3,000 lb, 30-50x, 18-24 months, 三到四年. With a
     * unit already on the first number only a dash or tilde makes a range ("from 10% to 20%" is a change).
     * Returns the reading unchanged when no range follows.
     */
    private static Reading asRange(String text, Reading r, Parsed first, Matcher number) {
        String before = text.substring(0, number.start());
        boolean between = BETWEEN.matcher(before).find();
        Matcher sep = (between ? AND_SEPARATOR : RANGE_SEPARATOR).matcher(text).region(r.end, text.length());
        // With a unit on the first number, "to" after "from" makes a change ("from 10% to 20%"); without
        // "from" it is a range of one unit ("$10 to $15 billion", "$50 billion to $60 billion").
        boolean noFrom = r.unit != null && !FROM.matcher(before).find(); // "$50 billion to $60 billion each"
        if (!sep.lookingAt() || r.unit != null && !between && !noFrom && sep.group().strip().matches("[a-z]+|至|到|から")) {
            return r;
        }
        Matcher m2 = NUMBER.matcher(text).region(sep.end(), text.length());
        if (!m2.lookingAt()) {
            return r;
        }
        Parsed second = parse(m2, first.currency);
        if (second == null) {
            return r;
        }
        UnitHit u2 = unitAt(text, m2.end());
        String unit2 = second.currency != null ? second.currency : u2 == null ? null : u2.unit;
        double factor2 = u2 != null && second.currency == null ? u2.factor : 1;
        String unit = r.unit;
        boolean sameUnit = unit == null || unit2 == null || unit.equals(unit2);
        double min = r.min;
        if (first.scale == 1 && second.scale != 1) {
            min = r.min * second.scale; // "2〜3億": the first number shares the second's scale
        }
        if (unit == null) {
            min *= factor2; // "三到四成": both ends are tenths
        }
        double max = second.value * factor2;
        if ((unit == null && unit2 == null) || !sameUnit || max < min) {
            return r;
        }
        return new Reading(min, max, unit != null ? unit : unit2, null, u2 != null ? u2.end : m2.end());
    }

    /** A unitless number: a scaled count ("3 million"), a counted English noun ("200,000 GPUs"), or nothing. */
    private static Reading withCountedNoun(String text, Reading r, Parsed first, Matcher m) {
        if (r.unit != null) {
            return r;
        }
        String num = m.group("num");
        boolean year = first.scale == 1 && num != null && num.matches("\\d{4}") && first.value >= 1900 && first.value <= 2100;
        if (year) {
            return r;
        }
        if (first.scale > 1) {
            return new Reading(r.min, r.max, "count", null, r.end);
        }
        if (first.value >= 100 && num != null && num.matches("[\\d,.]+")) {
            Matcher counted = COUNTED_NOUN.matcher(text).region(r.end, text.length());
            if (counted.lookingAt() && !Units.known(counted.group(1))) {
                return new Reading(r.min, r.max, "count", counted.group(1).toLowerCase(Locale.ROOT), r.end);
            }
        }
        return r;
    }

    private static boolean isYear(Reading r) {
        return r.unit.equals("year") && r.min >= 1900 && r.max <= 2100;
    }

    /** "to" between two numbers after "from": a change, whose second number is where it went. */
    private static final Pattern CHANGE_TO = Pattern.compile("(?i)\\s(?:to|up to|down to)\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|over\\s+|more than\\s+|less than\\s+)?$");

    /**
     * Where the second number of a change ("from around $2 billion to nearly $300 billion") starts,
     * so that, as after an arrow, the draft takes where it went; -1 when there is no change.
     */
    private static int changeTo(List<QuantityMention> all, String text) {
        int at = -1;
        for (int i = 1; i < all.size(); i++) {
            QuantityMention a = all.get(i - 1);
            QuantityMention b = all.get(i);
            String between = text.substring(a.start(), b.start());
            boolean from = FROM.matcher(text.substring(0, a.start())).find();
            if (from && CHANGE_TO.matcher(between.replaceFirst("^\\S+", "")).find()) {
                at = b.start() - 1;
            }
        }
        return at;
    }

    /** The quantity a claim is most likely about; see {@code docs/INGEST.md} for the order. */
    public static Optional<QuantityMention> main(String sentence, String language) {
        List<QuantityMention> all = find(sentence, language);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        String text = prepare(sentence);
        Matcher arrow = ARROW.matcher(text);
        int lastArrow = -1;
        while (arrow.find()) {
            lastArrow = arrow.start();
        }
        lastArrow = Math.max(lastArrow, changeTo(all, text));
        final int after = lastArrow;
        List<QuantityMention> pool = all.stream().filter(q -> q.start() > after).toList();
        if (pool.isEmpty()) {
            pool = all;
        }
        return pool.stream().min(Comparator.comparingInt((QuantityMention q) -> rank(q, text))
                .thenComparingInt(QuantityMention::start));
    }

    /** A duration that is a lead ("18-24 months ahead", "領先十八個月") is what the sentence measures. */
    private static final Pattern LEAD = Pattern.compile("(?i)^.{0,25}?\\b(?:ahead|behind|lead)\\b|^.{0,12}?(?:領先|领先|落後|落后|先行|リード|遅れ)"
            + "|(?:領先|领先|落後|落后|リード)[^。，,]{0,8}$");

    private static int rank(QuantityMention q, String text) {
        String d = q.dimension();
        if (d.equals("time")) {
            String after = text.substring(Math.min(q.start(), text.length()));
            String before = text.substring(Math.max(0, q.start() - 12), Math.min(q.start(), text.length()));
            if (LEAD.matcher(after).find() || LEAD.matcher(before).find()) {
                return -1;
            }
        }
        if (d.startsWith("money")) {
            return 0;
        }
        return switch (d) {
            case "percent", "percentage-points" -> 1;
            case "mass", "power", "energy", "data", "bandwidth", "compute", "length", "voltage" -> 2;
            case "ratio" -> 3;
            case "count" -> 4;
            default -> 5;
        };
    }

    /** NFKC plus the CJK compound units rewritten, so 千瓦 is not read as 千 (thousand) 瓦 (watt). */
    static String prepare(String sentence) {
        String t = SpokenNumbers.digits(Markdown.normalized(sentence))
                .replace("千瓦時", "kWh").replace("千瓦时", "kWh").replace("兆瓦時", "MWh").replace("兆瓦时", "MWh")
                .replace("千瓦", "kW").replace("兆瓦", "MW").replace("吉瓦", "GW").replace("瓩", "kW")
                .replace("千克", "kg").replace("千米", "km");
        Matcher mask = MASK.matcher(t);
        var sb = new StringBuilder(t);
        while (mask.find()) {
            for (int i = mask.start(); i < mask.end(); i++) {
                sb.setCharAt(i, '#');
            }
        }
        return sb.toString();
    }

    private static boolean partOfName(String text, int numStart) {
        if (numStart == 0) {
            return false;
        }
        char before = text.charAt(numStart - 1);
        if (before == '#' || Character.isDigit(before) || before == '.' && numStart > 1 && Character.isDigit(text.charAt(numStart - 2))) {
            return true;
        }
        if (isAsciiLetter(before)) {
            return true;
        }
        return (before == '-' || before == '_') && numStart > 1 && isAsciiLetter(text.charAt(numStart - 2));
    }

    private static boolean isAsciiLetter(char c) {
        return c < 128 && Character.isLetter(c);
    }

    private record UnitHit(String unit, int end, double factor) {}

    /** Whether a unit other than a year is written at {@code at} (so the number before it is a quantity, not a year). */
    static boolean unitFollows(String text, int at) {
        UnitHit u = unitAt(text, at);
        return u != null && !u.unit.equals("year");
    }

    private static UnitHit unitAt(String text, int at) {
        for (UnitForm f : UNITS) {
            Matcher u = f.pattern.matcher(text).region(at, text.length()).useTransparentBounds(true);
            if (u.lookingAt()) {
                return new UnitHit(f.unit, u.end(), f.factor);
            }
        }
        return null;
    }

    /**
     * @param scale  the place value the number ends with (10⁸ for 3億, 10⁹ for 3 billion), or 1
     * @param digits whether it is written with ASCII digits (a numeral or word needs a unit to count)
     */
    private record Parsed(double value, double scale, String currency, boolean digits) {}

    private static Parsed parse(Matcher m) {
        return parse(m, null);
    }

    /**
     * The number; {@code carried} is the currency of a range's first end, so the second end's scale
     * letter counts as it would after the sign ({@code $13.8-14.8B}).
     */
    private static Parsed parse(Matcher m, String carried) {
        String num = m.group("num");
        double value;
        double scale;
        if (num != null) {
            value = Numerals.value(num);
            scale = Numerals.trailingScale(num);
        } else {
            value = Numerals.word(m.group("word"));
            scale = 1;
        }
        if (value < 0 || value == 0 && num != null && !Numerals.hasAsciiDigit(num)) {
            return null;
        }
        String currency = currency(m.group("cur"));
        String en = m.group("en");
        if (en != null) {
            boolean letter = en.length() == 1;
            if (letter && currency == null && carried == null) {
                // "3M", "70B", "5K" without a currency sign are names or sizes more often than amounts.
                return null;
            }
            double s = EN_SCALE.getOrDefault(en.toLowerCase(Locale.ROOT), en.equals("T") ? 1e12 : 1);
            value *= s;
            scale *= s;
        }
        return new Parsed(value, scale, currency, num != null && Numerals.hasAsciiDigit(num));
    }

    private static String currency(String prefix) {
        if (prefix == null) {
            return null;
        }
        String p = prefix.strip().toUpperCase(Locale.ROOT);
        return switch (p) {
            case "$", "US$", "USD" -> "USD";
            case "NT$", "TWD", "NTD" -> "TWD";
            case "€", "EUR" -> "EUR";
            case "£" -> "GBP";
            case "¥", "JPY" -> "JPY";
            case "CNY", "RMB" -> "CNY";
            default -> null;
        };
    }

    private static QuantityMention scaled(double min, double max, String unit, String noun, int start) {
        String dimension = Units.of(unit).dimension();
        if (dimension.startsWith("money:")) {
            String cur = dimension.substring("money:".length());
            double[] steps = {1e12, 1e9, 1e6};
            String[] suffix = {"-T", "-B", "-M"};
            for (int i = 0; i < steps.length; i++) {
                if (max >= steps[i]) {
                    return new QuantityMention(round(min / steps[i]), round(max / steps[i]), cur + suffix[i], null, start);
                }
            }
            return new QuantityMention(round(min), round(max), cur, null, start);
        }
        return new QuantityMention(round(min), round(max), Units.of(unit).symbol(), noun, start);
    }

    private static double round(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(9)).doubleValue();
    }
}
