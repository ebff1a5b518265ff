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

    private record UnitForm(Pattern pattern, String unit) {}

    private static final List<UnitForm> UNITS = new ArrayList<>();

    private static void unit(String regex, String unit) {
        UNITS.add(new UnitForm(Pattern.compile("\\s?(?:" + regex + ")", Pattern.CASE_INSENSITIVE), unit));
    }

    static {
        unit("percentage points?\\b|個百分點|个百分点|ポイント", "pp");
        unit("%|percent\\b|per cent\\b|パーセント", "%");
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
        unit("年間|years?\\b", "year");
        unit("ヶ月|か月|カ月|ケ月|ヵ月|個月|个月|months?\\b", "month");
        unit("週間|weeks?\\b", "week");
        unit("日間|days?\\b", "day");
        unit("時間|小時|小时|hours?\\b", "h");
        unit("台|個|个|人|家|顆|颗|枚|件|社|基|座|張|张|名|棟|軒|世帯|戸|units?\\b", "count");
    }

    private static final String CJK_DIGITS = "〇零一二两兩三四五六七八九十百千";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<cur>US\\$|NT\\$|HK\\$|\\$|€|£|¥|USD\\s?|EUR\\s?|JPY\\s?|TWD\\s?|NTD\\s?|CNY\\s?|RMB\\s?)?"
                    + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[" + CJK_DIGITS + "]+(?=[万萬億亿兆]|[^\\p{IsHan}\\p{IsHiragana}]|倍|噸|吨|ポンド|磅|年間|個月|个月|ヶ月|カ月))"
                    + "(?:\\s?(?<cjk>[十百千万萬億亿兆]+))?"
                    + "(?:\\s?(?<en>thousand|million|billion|trillion|mn|bn|tn|[KkMBT])(?![A-Za-z]))?");
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
            if (partOfName(text, m.start("num"))) {
                continue;
            }
            Parsed first = parse(m);
            if (first == null) {
                continue;
            }
            String unit = first.currency;
            int end = m.end();
            UnitHit u = unitAt(text, end);
            if (u != null && (unit == null || Units.of(u.unit).dimension().startsWith("money"))) {
                unit = unit == null ? u.unit : unit; // "$20 billion dollars" keeps the sign's currency
                end = u.end;
            }
            double min = first.value;
            double max = first.value;
            // A range: 8-95%, 2〜3億ドル, $2-3 billion, 2,500 to 3,000 lb. With a unit already on the
            // first number only a dash or tilde makes a range ("from 10% to 20%" is a change).
            Matcher sep = RANGE_SEPARATOR.matcher(text).region(end, text.length());
            if (sep.lookingAt() && (unit == null || !sep.group().strip().matches("[a-z]+|至|到|から"))) {
                Matcher m2 = NUMBER.matcher(text).region(sep.end(), text.length());
                if (m2.lookingAt()) {
                    Parsed second = parse(m2);
                    UnitHit u2 = unitAt(text, m2.end());
                    String unit2 = second == null ? null : second.currency != null ? second.currency : u2 == null ? null : u2.unit;
                    if (second != null && (unit != null || unit2 != null) && (unit == null || unit2 == null || unit.equals(unit2))
                            && second.value * (first.scale == 1 ? second.scale : 1) >= first.value) {
                        unit = unit != null ? unit : unit2;
                        if (first.scale == 1 && second.scale != 1) {
                            min = first.value * second.scale;
                        }
                        max = second.value;
                        from = u2 != null ? u2.end : m2.end();
                    }
                }
            }
            String noun = null;
            if (unit == null) {
                boolean year = first.scale == 1 && m.group("num").matches("\\d{4}") && first.value >= 1900 && first.value <= 2100;
                if (first.scale > 1 && !year) {
                    unit = "count";
                } else if (!year && first.value >= 100 && m.group("num").matches("[\\d,.]+")) {
                    Matcher counted = COUNTED_NOUN.matcher(text).region(end, text.length());
                    if (counted.lookingAt() && !Units.known(counted.group(1))) {
                        unit = "count";
                        noun = counted.group(1).toLowerCase(Locale.ROOT);
                    }
                }
            }
            if (unit == null || min > max || unit.equals("year") && min >= 1900 && max <= 2100) {
                continue; // "2015年到2020年間" names years, not a duration
            }
            out.add(scaled(min, max, unit, noun, m.start()));
        }
        return out;
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
        final int after = lastArrow;
        List<QuantityMention> pool = all.stream().filter(q -> q.start() > after).toList();
        if (pool.isEmpty()) {
            pool = all;
        }
        return pool.stream().min(Comparator.comparingInt(QuantityParser::rank).thenComparingInt(QuantityMention::start));
    }

    private static int rank(QuantityMention q) {
        String d = q.dimension();
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
        String t = Markdown.normalized(sentence)
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

    private record UnitHit(String unit, int end) {}

    /** Whether a unit is written at {@code at} (so the number before it is a quantity, not a year). */
    static boolean unitFollows(String text, int at) {
        return unitAt(text, at) != null;
    }

    private static UnitHit unitAt(String text, int at) {
        for (UnitForm f : UNITS) {
            Matcher u = f.pattern.matcher(text).region(at, text.length());
            if (u.lookingAt()) {
                return new UnitHit(f.unit, u.end());
            }
        }
        return null;
    }

    private record Parsed(double value, double scale, String currency) {}

    private static Parsed parse(Matcher m) {
        String num = m.group("num");
        double value;
        if (num.charAt(0) >= '0' && num.charAt(0) <= '9') {
            value = Double.parseDouble(num.replace(",", ""));
        } else {
            value = cjkNumber(num);
            if (value <= 0) {
                return null;
            }
        }
        double scale = 1;
        if (m.group("cjk") != null) {
            double s = cjkNumber("一" + m.group("cjk"));
            scale = s > 0 ? s : 1;
        }
        String currency = currency(m.group("cur"));
        String en = m.group("en");
        if (en != null) {
            boolean letter = en.length() == 1;
            if (letter && currency == null) {
                // "3M", "70B", "5K" without a currency sign are names or sizes more often than amounts.
                return null;
            }
            scale *= EN_SCALE.getOrDefault(en.toLowerCase(Locale.ROOT), en.equals("T") ? 1e12 : 1);
        }
        return new Parsed(value * scale, scale, currency);
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

    /** The value of a CJK numeral such as 三, 二十, 三千五百, 十萬, 一億 or 一萬億; -1 when it is not one. */
    static double cjkNumber(String s) {
        double result = 0;
        double section = 0;
        double number = 0;
        for (char c : s.toCharArray()) {
            int d = "〇一二三四五六七八九".indexOf(c);
            if (c == '零') {
                d = 0;
            } else if (c == '两' || c == '兩') {
                d = 2;
            }
            if (d >= 0) {
                number = d;
                continue;
            }
            switch (c) {
                case '十', '百', '千' -> {
                    double unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                    section += (number == 0 ? 1 : number) * unit;
                    number = 0;
                }
                case '万', '萬', '億', '亿', '兆' -> {
                    double unit = c == '万' || c == '萬' ? 1e4 : c == '兆' ? 1e12 : 1e8;
                    section += number;
                    number = 0;
                    if (section == 0) {
                        // 萬億: a large unit multiplying the one before it.
                        result = result == 0 ? unit : result * unit;
                    } else {
                        result += section * unit;
                    }
                    section = 0;
                }
                default -> {
                    return -1;
                }
            }
        }
        return result + section + number;
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
