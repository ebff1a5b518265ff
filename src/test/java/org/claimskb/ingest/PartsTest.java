package org.claimskb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The pieces the importer is built from, on small inputs. */
class PartsTest {

    @Test
    void languages() {
        assertEquals("en", LanguageDetector.detect("Nvidia sold more GPUs than ever."));
        assertEquals("ja", LanguageDetector.detect("エヌビディアはGPUを売った。"));
        assertEquals("zh-Hant", LanguageDetector.detect("這個機架重達三噸，有數千根電纜。"));
        assertEquals("zh-Hans", LanguageDetector.detect("这个机架重达三吨，有数千根电缆。"));
        assertEquals("zh-Hant", LanguageDetector.detect("Nvidia 與 Google TPU 的競爭，在 AI 時代誰能以最低成本提供算力。"));
    }

    @Test
    void sentences() {
        assertEquals(List.of("Dr. Smith said the U.S. market grew 3.5% in 2024.", "He expects more."),
                SentenceSplitter.split("Dr. Smith said the U.S. market grew 3.5% in 2024. He expects more.", "en"));
        assertEquals(List.of("売上は伸びた。", "本当か？", "「そうだ。」と彼は言った。"),
                SentenceSplitter.split("売上は伸びた。本当か？「そうだ。」と彼は言った。", "ja"));
        assertEquals(List.of("第一句；", "第二句。"), SentenceSplitter.split("第一句；第二句。", "zh-Hant"));
        assertEquals(List.of("第一句；第二句。"), SentenceSplitter.split("第一句；第二句。", "ja"));
    }

    @Test
    void quantities() {
        assertQuantity("20万台のHopper", 200000, 200000, "count");
        assertQuantity("一萬億美元的新工作負載", 1, 1, "USD-T");
        assertQuantity("十兆美元", 10, 10, "USD-T");
        assertQuantity("2千億美元", 200, 200, "USD-B");
        assertQuantity("功耗 120 千瓦", 120, 120, "kW");
        assertQuantity("about 2,500 to 3,000 lb", 2500, 3000, "lb");
        assertQuantity("$2-3 billion", 2, 3, "USD-B");
        assertQuantity("2〜3億ドル", 200, 300, "USD-M");
        assertQuantity("性能提升5倍", 5, 5, "x");
        assertQuantity("220ボルト", 220, 220, "V");
        assertQuantity("200,000 GPUs", 200000, 200000, "count");
        assertTrue(QuantityParser.find("GPT-4 and H100 and TPU v7 in 2024年, at 05:03 on 2024-12-09", "en").isEmpty());
        assertTrue(QuantityParser.find("2015年到2020年間製造的CPU", "zh-Hant").isEmpty());
    }

    private static void assertQuantity(String text, double min, double max, String unit) {
        QuantityMention q = QuantityParser.main(text, "en").orElseThrow(() -> new AssertionError("no quantity in " + text));
        assertEquals(unit, q.unit(), text);
        assertEquals(min, q.min(), 1e-9, text);
        assertEquals(max, q.max(), 1e-9, text);
    }

    @Test
    void segmentsKeepTheirTimestamps() {
        List<Passage> ps = Segmenter.passages("""
                ## [00:00] Intro
                First part.
                ### Detail
                Still in the intro segment.
                05:03 - A new segment starts here.
                - a bullet (1:22:25)
                ## Later
                Plain heading.
                """, 1, "en");
        assertEquals(List.of("00:00", "00:00", "05:03", "1:22:25", "Later"), ps.stream().map(Passage::at).toList());
        assertTrue(ps.get(3).bullet());
        assertEquals(6, ps.get(3).line());
    }
}
