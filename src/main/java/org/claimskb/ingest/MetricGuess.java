package org.claimskb.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drafts a quantity's {@code metric} from words near the number, in the three languages, falling
 * back to a name for the unit's dimension ({@code weight} for mass, {@code power}, {@code amount}
 * for money, {@code share} for percentages, {@code multiple}, {@code count}, {@code duration}).
 */
final class MetricGuess {
    private static final Map<String, Pattern> KEYWORDS = new LinkedHashMap<>();

    static {
        KEYWORDS.put("gross-margin", Pattern.compile("(?i)gross margin|毛利|粗利"));
        KEYWORDS.put("market-share", Pattern.compile("(?i)market share|share of|市佔|市占|シェア|份額|份额|佔據|占据|佔有率|占有率"));
        KEYWORDS.put("market-cap", Pattern.compile("(?i)market cap|market value|市值|時価総額"));
        KEYWORDS.put("revenue", Pattern.compile("(?i)revenue|sales|營收|营收|收入|売上|収益|營業額"));
        KEYWORDS.put("capex", Pattern.compile("(?i)capex|capital expenditure|capital spending|資本支出|资本支出|設備投資"));
        KEYWORDS.put("price", Pattern.compile("(?i)\\bprice|priced|售價|售价|價格|价格|価格|単価|定価"));
        KEYWORDS.put("cost", Pattern.compile("(?i)\\bcost|成本|コスト|費用|费用"));
        KEYWORDS.put("valuation", Pattern.compile("(?i)valuation|估值|評価額|企業価値"));
        KEYWORDS.put("profit", Pattern.compile("(?i)profit|earnings|利潤|利润|利益|獲利|获利"));
        KEYWORDS.put("growth", Pattern.compile("(?i)growth|grew|grow|成長|增長|增长|伸び|上昇|急上昇"));
        KEYWORDS.put("weight", Pattern.compile("(?i)weigh|重量|重達|重达|重さ"));
        KEYWORDS.put("power", Pattern.compile("(?i)\\bpower|電力|电力|功耗|消費電力|用電|用电"));
        KEYWORDS.put("parameters", Pattern.compile("(?i)parameters|參數|参数|パラメータ"));
        KEYWORDS.put("workload-share", Pattern.compile("(?i)workload|工作負載|工作负载|ワークロード"));
        KEYWORDS.put("benchmark-score", Pattern.compile("(?i)benchmark|ベンチマーク|基準測試|基准测试|score"));
    }

    private MetricGuess() {}

    static String guess(String sentence, String dimension, String noun) {
        for (var e : KEYWORDS.entrySet()) {
            if (e.getValue().matcher(sentence).find() && fits(e.getKey(), dimension)) {
                return e.getKey();
            }
        }
        if (noun != null && !Ids.slug(noun, 3).isEmpty()) {
            return Ids.slug(noun, 3);
        }
        if (dimension.startsWith("money")) {
            return "amount";
        }
        return switch (dimension) {
            case "mass" -> "weight";
            case "power" -> "power";
            case "energy" -> "energy";
            case "percent" -> "share";
            case "percentage-points" -> "change";
            case "ratio" -> "multiple";
            case "count" -> "count";
            case "time" -> "duration";
            case "length" -> "size";
            case "data" -> "capacity";
            case "bandwidth" -> "bandwidth";
            case "compute" -> "compute";
            case "voltage" -> "voltage";
            default -> "value";
        };
    }

    /** Keywords only apply to quantities they can describe: a revenue is money, a share a percentage. */
    private static boolean fits(String metric, String dimension) {
        boolean money = dimension.startsWith("money");
        boolean percent = dimension.equals("percent") || dimension.equals("percentage-points");
        return switch (metric) {
            case "gross-margin", "market-share", "workload-share" -> percent;
            case "market-cap", "revenue", "capex", "price", "cost", "valuation", "profit" -> money;
            case "growth" -> percent || dimension.equals("ratio");
            case "weight" -> dimension.equals("mass");
            case "power" -> dimension.equals("power");
            case "parameters" -> dimension.equals("count");
            case "benchmark-score" -> percent;
            default -> false;
        };
    }

    /** A suffix naming a dimension, for keeping one metric to one dimension ({@code share-count}). */
    static String suffix(String dimension) {
        String s = Ids.slug(dimension.replace("money:", ""), 3);
        return s.isEmpty() ? "other" : s;
    }
}
