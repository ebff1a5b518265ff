package org.claimskb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page furniture, call-transcript labels and bilingual texts, on lines written for these tests. */
class PageTextTest {

    @Test
    void furnitureLines() {
        for (String line : List.of("Skip to content", "Home » Markets » Chips", "メインコンテンツへジャンプ", "ホーム > 経済 > 半導体",
                "跳至主要內容", "首頁 > 財經", "Share this:", "Related: Chip stocks slide — read more", "Editor Jane Doe",
                "Published 03/01/2026, 09:00 AM", "この記事をシェアする", "分享到 Facebook", "2025-12-08 10:42:16 神评论",
                "「中国網日本語版(チャイナネット)」2025年5月8日", "Aug 28, 2025", "17173 新闻导语", "【来源：快科技】",
                "关于黄仁勋，英伟达，AI，数据中心，芯片，基础设施的新闻", "Login to Continue Learning")) {
            assertTrue(Furniture.isLine(line), line);
        }
        for (String line : List.of("Home sales of GPUs rose 20% last year.", "Published research shows TPUs are cheaper to run.",
                "分享經濟正在快速成長。", "The editor of the report said demand will double by 2027.",
                "2025年12月8日，輝達公布營收成長了三成，超出市場預期。", "Nvidia, AMD, Intel, Qualcomm and Broadcom all reported strong results.")) {
            assertFalse(Furniture.isLine(line), line);
        }
    }

    @Test
    void headlinesAndBannersAreThePagesNotTheText() {
        assertTrue(Furniture.isHeadline("Nvidia CEO Jensen Huang Says AI Race Is Just Starting, Sees $4 Trillion Market Ahead"));
        assertTrue(Furniture.isHeadline("Elevate Your Investing Strategy:"));
        assertFalse(Furniture.isHeadline("Nvidia reported revenue of $39.3 billion in the last quarter."));
        assertFalse(Furniture.isHeadline("The company said Blackwell demand remains strong into next year"));
        List<Passage> ps = Segmenter.passages("""
                Selloff or Market Correction? Either Way, Here's What to Do Next
                霍楚簽署紐約州新法 長者房產稅減免上限提高至65%

                # The Title

                Revenue rose 20% last year, the company said.
                """, 1, "en");
        assertEquals(List.of("Revenue rose 20% last year, the company said."), ps.stream().map(Passage::text).toList(),
                "lines above the page's title that are not sentences are its banners");
    }

    @Test
    void callTranscriptLabelsOpenTurnsAndOperatorLinesAreNotPassagesOfAnyone() {
        List<Passage> ps = Segmenter.passages("""
                Operator

                Good afternoon, I will be your conference operator today.

                Jane Doe — Chief Financial Officer

                Revenue was $5 billion.

                  • Operator:
                    Your next question comes from Sam Analyst.
                **[01:20] 王小明:** 我們的營收成長了三成。
                """, 1, "en");
        assertEquals("Operator: Good afternoon, I will be your conference operator today.", ps.get(0).text());
        assertEquals("Jane Doe: Revenue was $5 billion.", ps.get(1).text());
        assertEquals("Operator: Your next question comes from Sam Analyst.", ps.get(2).text());
        assertEquals("**王小明:** 我們的營收成長了三成。", ps.get(3).text());
        assertEquals("01:20", ps.get(3).at());
        assertTrue(SpeakerLabel.isOperator("Operator"));
        assertTrue(SpeakerLabel.isOperator("オペレーター"));
        assertFalse(SpeakerLabel.isOperator("Jane Doe"));
    }

    @Test
    void aBilingualRunIsOneStatementPerPair() {
        List<Bilingual.Pair> pairs = Bilingual.pairs(List.of("Over 40% of our revenue is inference.", "我们收入中有超过40%来自推理。",
                "Tokens are hard to commoditize.", "token 很难被商品化。"), "zh-Hans");
        assertEquals(List.of(new Bilingual.Pair("我们收入中有超过40%来自推理。", "Over 40% of our revenue is inference."),
                new Bilingual.Pair("token 很难被商品化。", "Tokens are hard to commoditize.")), pairs);
        assertEquals(List.of(), Bilingual.pairs(List.of("Revenue was 40% higher.", "毛利率为75%。"), "zh-Hans"),
                "different numbers: two statements, not one translated");
        assertEquals(List.of(), Bilingual.pairs(List.of("英伟达的营收增长了。", "毛利率为75%。"), "zh-Hans"), "one language");
    }
}
