package org.claimskb.ingest;

import static org.claimskb.ingest.TranscriptImporterTest.only;
import static org.claimskb.ingest.TranscriptImporterTest.quoting;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who put a text out ({@code source.reported_by}), page furniture around news reports (captions,
 * credits, a repeated headline), interview labels with courtesy titles and first names, and asides,
 * on short texts written for them.
 */
class ReportedByTest {
    static final LocalDate TODAY = KbFixture.TODAY;

    @TempDir
    Path dir;

    KnowledgeBase kb;

    @BeforeEach
    void kb() throws IOException {
        KbFixture.create(dir);
        KbFixture.addLisaSu(dir, "[蘇姿丰, リサ・スー]");
        kb = new LoadedKnowledgeBase().read(dir, null);
    }

    Draft draft(String text) throws Exception {
        return KbFixture.draft(dir, kb, "t.md", text);
    }

    @Test
    void aNewsReportsBylinedReporterIsReportedByNotASpeaker() throws Exception {
        Draft d = draft("""
                # 蘇姿丰：AI晶片需求仍強

                撰文：王小明

                AMD執行長蘇姿丰周一表示，資料中心的需求今年將成長三成。她指出，客戶仍在排隊。

                蘇姿丰在記者會上說，新晶片將在明年上市。

                2026年3月1日，圖為AMD的標誌。（路透）
                """);
        assertEquals(SourceKind.ARTICLE, d.source().kind());
        assertEquals("王小明", d.source().reportedBy(), "the reporter wrote it");
        assertNull(d.source().author(), "a reporter the KB does not know is no author");
        assertFalse(d.source().speakers().stream().anyMatch(s -> s.startsWith("speaker-")), "nor a speaker: " + d.source().speakers());
        assertTrue(d.claims().stream().allMatch(c -> c.speaker().equals("lisa-su")), "the reported words are Su's");
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("圖為")), "a photo caption is furniture");
    }

    @Test
    void aDatelineBylineAndAWireCreditAreCutAndRecorded() throws Exception {
        Draft tw = draft("""
                ---
                source: https://news.example.com.tw/article/1
                published: 2026-03-02
                ---
                〔編譯王大同／綜合報導〕超微執行長蘇姿丰二日表示，今年資料中心營收將成長三成。

                蘇姿丰說，「我們的供應鏈已經準備好了」。
                """);
        assertEquals("王大同, news.example.com.tw", tw.source().reportedBy());
        assertTrue(tw.claims().stream().noneMatch(c -> c.text().contains("綜合報導") || c.text().contains("〔")),
                "the byline is not part of the claim");
        assertEquals("lisa-su", only(tw, quoting("營收將成長三成")).speaker());

        Draft ja = draft("""
                # AMDのスーCEO、AI需要は続くと発言

                (ブルームバーグ): 米半導体大手AMDのリサ・スー最高経営責任者(CEO)は、AI向け半導体の需要が来年も続くと述べた。

                「顧客はまだ足りないと言っている」とスー氏は述べた。

                原題:AMD CEO Sees AI Demand Lasting(抜粋)
                """);
        assertEquals("ブルームバーグ", ja.source().reportedBy(), "the wire credit names who put it out");
        assertEquals(SourceKind.ARTICLE, ja.source().kind());
        Draft.Claim lead = only(ja, quoting("需要が来年も続く"));
        assertEquals("lisa-su", lead.speaker(), "a title between the name and は still reports her");
        assertFalse(lead.text().startsWith("(ブルームバーグ)"), "the credit is cut from the lead");
        assertEquals("lisa-su", only(ja, quoting("まだ足りない")).speaker(), "「…」とスー氏は述べた");
    }

    @Test
    void aSiteOrPublisherIsReportedByAndATranscriptHasNone() throws Exception {
        Draft news = draft("""
                ---
                title: AMD says demand is strong
                site: Chip Daily
                url: https://chipdaily.example.com/a
                ---
                Lisa Su said AMD will double its data center revenue next year.

                Su told analysts that the MI400 ships in 2027.
                """);
        assertEquals("Chip Daily", news.source().reportedBy(), "the front matter's site wins over the address");

        Draft transcript = draft("""
                ---
                title: A talk with Lisa Su
                url: https://podcast.example.com/ep1
                ---
                Host Jane Doe: What will AMD ship next year?

                Lisa Su: We will ship the MI400 next year, and it will be faster than anything we sold.
                """);
        assertEquals(SourceKind.TRANSCRIPT, transcript.source().kind());
        assertNull(transcript.source().reportedBy(), "a transcript is its speakers' own words");
    }

    @Test
    void aNameInsideAQuotationDoesNotReportIt() throws Exception {
        Draft d = draft("""
                # 輝達與超微

                黃仁勳在拉斯維加斯舉行的消費性電子展受訪表示：「我們將透過訂單了解一切，蘇姿丰也這麼認為。」

                蘇姿丰表示，超微今年的營收將成長兩成。
                """);
        assertEquals("jensen-huang", only(d, quoting("透過訂單了解一切")).speaker(),
                "the reporter is the one before 受訪表示：「, not the name inside the quotation");
    }

    @Test
    void labelsWithCourtesyTitlesOrFirstNamesResolve() throws Exception {
        Draft d = draft("""
                # Transcript: The Future of Chips with Lisa T. Su

                MS. DOE: Hello. I'm Jane Doe, a reporter here, and I'm joined today by Lisa Su, the CEO of AMD.

                MS. DOE: What do you expect for AMD's data center business this year?

                DR. SU: We expect our data center revenue to grow more than 60% this year.
                """);
        assertEquals("lisa-su", d.source().speakers().get(0), "Lisa T. Su is the KB's Lisa Su: " + d.source().speakers());
        assertTrue(d.source().speakers().contains("jane-doe"));
        Draft.Claim answer = only(d, quoting("grow more than 60%"));
        assertEquals("lisa-su", answer.speaker(), "DR. SU: is Su");
        Draft.Claim q = only(d, quoting("What do you expect"));
        assertEquals(ClaimKind.QUESTION, q.kind());
        assertEquals("jane-doe", q.speaker(), "MS. DOE: is Jane Doe");
        assertEquals(q.id(), answer.replyTo());

        Draft first = draft("""
                # Lisa Su on AI demand

                At the annual meeting, Jane Doe sat down with Lisa Su, CEO of AMD. Below are highlights from our conversation.

                Jane: What does this moment demand from chip makers?

                Lisa: Customers want more compute than anyone can build, and AMD will ship twice as many GPUs next year.
                """);
        assertEquals(SourceKind.TRANSCRIPT, first.source().kind(), "turns outweigh 'highlights' in the first lines");
        assertEquals("jane-doe", only(first, quoting("What does this moment")).speaker());
        assertEquals("lisa-su", only(first, quoting("twice as many GPUs")).speaker());
    }

    @Test
    void anInterviewersAsideAndAnEchoAreNotClaims() throws Exception {
        Draft d = draft("""
                # Two people talk chips

                Jane Doe: Will AMD ship the MI400 next year, and will it be faster?

                Lisa Su: We will ship it next year, and it will be much faster than the MI300.

                Jane Doe: You're going to need to move faster.

                Lisa Su: You're going to need to move faster.

                Lisa Su: Our data center revenue will grow more than 60% next year.
                """);
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("need to move faster")), "an aside and its echo");
        assertTrue(d.claims().stream().anyMatch(c -> c.text().contains("more than 60%")));
    }

    @Test
    void aRangeKeepsItsCurrencyScaleOnBothEnds() {
        QuantityMention q = QuantityParser.main("Intel guided $13.8-14.8B for Q2.", "en").orElseThrow();
        assertEquals(13.8, q.min(), 1e-9);
        assertEquals(14.8, q.max(), 1e-9);
        assertEquals("USD-B", q.unit());
    }

    @Test
    void creditsAndCaptions() {
        assertEquals("美國…", Credits.strip("〔編譯王大同／綜合報導〕美國…"));
        assertEquals("米国…", Credits.strip("(ブルームバーグ): 米国…"));
        assertEquals("Shares rose.", Credits.strip("LONDON (Reuters) - Shares rose."));
        assertEquals("(1) is Intel differentiated", Credits.strip("(1) is Intel differentiated"), "a numbered item is no credit");
        assertEquals("ec.ltn.com.tw", Credits.site("https://ec.ltn.com.tw/article/paper/1").orElseThrow());
        assertTrue(Furniture.isCaption("2025年4月19日,中国河南,图为在郑州展出的一块芯片。(Getty)"));
        assertTrue(Furniture.isCaption("2025年1月27日，圖為輝達的標誌"));
        assertFalse(Furniture.isCaption("黃仁勳表示，輝達今年的營收將成長兩成。"));
    }
}
