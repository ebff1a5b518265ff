package org.claimskb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The folding table against what it was generated from: ICU's Traditional-Simplified transliterator. */
class HanFoldingTest {
    private static final Transliterator ICU = Transliterator.getInstance("Traditional-Simplified");

    @Test
    void everyHanCharacterFoldsAsIcuFoldsIt() {
        List<String> differ = new ArrayList<>();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            if (Character.isValidCodePoint(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                String c = Character.toString(cp);
                String expected = ICU.transliterate(c);
                if (!HanFolding.fold(c).equals(expected)) {
                    differ.add(c + " -> " + expected + " (table: " + HanFolding.fold(c) + ")");
                }
            }
        }
        assertTrue(differ.isEmpty(), () -> differ.size() + " characters fold otherwise than ICU does; regenerate with "
                + "src/build/GenerateHanFolding.java: " + differ.subList(0, Math.min(20, differ.size())));
    }

    @Test
    void runningTextFoldsAsIcuFoldsIt() {
        for (String text : List.of("輝達執行長黃仁勳表示，資料中心的電力是擴建的瓶頸。",
                "英偉達的毛利率約為七成五；台積電與博通的客製化晶片。",
                "メインコンテンツへ: データセンターの電力制約 (NVIDIA, 2026年)", "GB300 NVL72 機櫃重量 3,000 磅 𠀋𡈽")) {
            assertEquals(ICU.transliterate(text), HanFolding.fold(text), text);
        }
    }

    @Test
    void textWithNothingToFoldIsReturnedAsItIs() {
        String simplified = "英伟达的数据中心";
        assertSame(simplified, HanFolding.fold(simplified));
        assertEquals("英伟达", HanFolding.fold("英偉達"));
        assertEquals("", HanFolding.fold(""));
    }
}
