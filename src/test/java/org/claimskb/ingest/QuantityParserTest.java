package org.claimskb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Numbers as real transcripts write them: CJK numerals, mixed forms, ranges, durations, multipliers. */
class QuantityParserTest {

    @Test
    void mixedCjkNumerals() {
        assertQuantity("AI インフラへの投資は 1 兆 4000 億ドルに達した。", "ja", 1.4, 1.4, "USD-T");
        assertQuantity("数据中心资本开支达到1万4000亿美元。", "zh-Hans", 1.4, 1.4, "USD-T");
        assertQuantity("這家公司今年花了兩百億美元。", "zh-Hant", 20, 20, "USD-B");
        assertQuantity("资本支出约3500亿美元。", "zh-Hans", 350, 350, "USD-B");
        assertQuantity("売上高は2兆5千億円だった。", "ja", 2.5, 2.5, "JPY-T");
        assertQuantity("營收成長了一千兩百億新台幣。", "zh-Hant", 120, 120, "TWD-B");
    }

    @Test
    void numbersSaidInWords() {
        assertQuantity("I'm looking at the SOX up three point five percent.", "en", 3.5, 3.5, "%");
        assertQuantity("We're up six tenths of a percent on the day.", "en", 0.6, 0.6, "%");
        assertQuantity("Revenue was two hundred and fifty billion dollars.", "en", 250, 250, "USD-B");
        assertQuantity("Twenty-five percent of the market is ours.", "en", 25, 25, "%");
        assertEquals("twenty twenty six will be big", SpokenNumbers.digits("twenty twenty six will be big"),
                "a year read aloud is not one number");
        assertEquals("one of the first", SpokenNumbers.digits("one of the first"), "a lone number word stays a word");
        assertEquals("one two three", SpokenNumbers.digits("one two three"), "a list is not a number");
    }

    @Test
    void sharesAndMultipliers() {
        assertQuantity("輝達拿下了資料中心市場的三成。", "zh-Hant", 30, 30, "%");
        assertQuantity("推論コストは十倍下がった。", "ja", 10, 10, "x");
        assertQuantity("效能提升了十倍。", "zh-Hant", 10, 10, "x");
        assertQuantity("Token prices fell by a factor of ten last year.", "en", 10, 10, "x");
        assertQuantity("Inference demand is up 30-50x from a year ago.", "en", 30, 50, "x");
        assertQuantity("The new system is three to five times faster.", "en", 3, 5, "x");
        assertQuantity("Revenue doubled to $4 billion.", "en", 4, 4, "USD-B");
    }

    @Test
    void rangesAndDurations() {
        assertQuantity("They are 18-24 months ahead of everyone, with 50% share.", "en", 18, 24, "month");
        assertQuantity("Google is about two years ahead of the field.", "en", 2, 2, "year");
        assertQuantity("It takes 3 to 4 years to build a fab.", "en", 3, 4, "year");
        assertQuantity("建一座晶圓廠需要三到四年。", "zh-Hant", 3, 4, "year");
        assertQuantity("領先對手十八個月。", "zh-Hant", 18, 18, "month");
        assertQuantity("Gross margin was 70-75% in the quarter.", "en", 70, 75, "%");
        assertQuantity("A gigawatt rents for $10 to $15 billion a year.", "en", 10, 15, "USD-B");
        assertQuantity("Spending will reach between $3 trillion and $4 trillion by 2030.", "en", 3, 4, "USD-T");
        assertQuantity("Inference is about to go up by a billion times.", "en", 1e9, 1e9, "x");
        assertQuantity("Sees $4 Trillion Market Ahead", "en", 4, 4, "USD-T");
        assertEquals(3.5, QuantityParser.main("Revenue went from $2 billion to $3.5 billion.", "en").orElseThrow().min(),
                "a change: where it went");
    }

    @Test
    void anArticleIsANumberOnlyBeforeAScaleWord() {
        assertTrue(QuantityParser.find("It took a year to build a fab and a month to fill it.", "en").isEmpty());
    }

    @Test
    void notQuantities() {
        assertTrue(QuantityParser.find("We moved the H100 cluster in 2024 and the GB200 one later.", "en").isEmpty());
        assertTrue(QuantityParser.find("一方面我們要看需求。", "zh-Hant").isEmpty(), "一方面 is 'on one hand', not a count");
        assertTrue(QuantityParser.find("一些人認為這是泡沫。", "zh-Hant").isEmpty());
        assertTrue(QuantityParser.find("ワークロードの一部を移した。", "ja").isEmpty());
    }

    @Test
    void predictionsAreForecastsAboutTheWorld() {
        var source = org.claimskb.model.PartialDate.of(java.time.LocalDate.of(2026, 3, 1));
        var half = ClaimClassifier.classify("Rubin racks will ship in volume by the second half of 2027.", "en", false, false, false, source)
                .orElseThrow();
        assertEquals(org.claimskb.model.ClaimKind.PREDICTION, half.kind());
        assertEquals("2027", String.valueOf(half.when()));
        assertEquals(java.time.LocalDate.of(2027, 12, 31), half.due());
        assertTrue(ClaimClassifier.classify("I'm going to move it in.", "en", false, false, false, source)
                .map(c -> c.kind() != org.claimskb.model.ClaimKind.PREDICTION).orElse(true), "the speaker's next step");
        assertEquals(org.claimskb.model.ClaimKind.PREDICTION, ClaimClassifier.classify(
                "I'll tell you, demand for inference will double next year.", "en", false, false, false, source).orElseThrow().kind(),
                "a forecast after 'I'll tell you' is still one");
    }

    private static void assertQuantity(String text, String language, double min, double max, String unit) {
        QuantityMention q = QuantityParser.main(text, language).orElseThrow(() -> new AssertionError("no quantity in " + text));
        assertEquals(unit, q.unit(), text);
        assertEquals(min, q.min(), 1e-9, text);
        assertEquals(max, q.max(), 1e-9, text);
    }
}
