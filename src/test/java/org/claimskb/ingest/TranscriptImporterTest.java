package org.claimskb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.claimskb.model.ClaimKind;
import org.claimskb.model.KnowledgeBase;
import org.claimskb.model.SourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriptImporterTest {
    static final LocalDate TODAY = KbFixture.TODAY;

    @TempDir
    Path dir;

    KnowledgeBase kb;

    @BeforeEach
    void kb() throws IOException {
        KbFixture.create(dir);
        kb = new LoadedKnowledgeBase().read(dir, null);
    }

    Draft draft(String name, String text) throws Exception {
        return KbFixture.draft(dir, kb, name, text);
    }

    static Draft.Claim only(Draft d, Predicate<Draft.Claim> p) {
        List<Draft.Claim> found = d.claims().stream().filter(p).toList();
        assertEquals(1, found.size(), () -> "expected one claim, got " + found + " in " + d.claims());
        return found.get(0);
    }

    static Predicate<Draft.Claim> quoting(String s) {
        return c -> c.text().contains(s);
    }

    @Test
    void aLineHoldingOnlyABarIsNotATableRow() throws Exception {
        // found by TranscriptFuzzTest#reader: "|" alone was cut as a table row, substring(1, 0)
        Draft d = draft("bar.md", "Notes\n\n|\n\nNVIDIA sold 3 million GPUs in 2025, said Gavin Baker.\n");
        assertEquals(1, d.claims().size(), d.claims().toString());
    }

    @Test
    void aLabelSeenOnceCountsWhenTheNameIsMentionedElsewhere() throws Exception {
        Draft d = draft("su.md", """
                ---
                title: "On the accelerator market"
                author: ["[[Pat Host]]"]
                published: 2026-03-02
                ---
                ## [00:00] Intro
                Pat Host talks with chip executive Lisa Su. Subscribe to our newsletter for more!

                ## [04:10] Market
                - Lisa Su: The accelerator market will reach $500 billion by 2028.
                - Rack power went from 130 kW to 200 kW in one generation.
                """);
        assertTrue(d.newSpeakers().stream().anyMatch(s -> s.id().equals("lisa-su")), d.newSpeakers().toString());
        assertFalse(d.newSpeakers().stream().anyMatch(s -> s.id().contains("subscribe")), "a name stops at the sentence's end");
        assertEquals("lisa-su", only(d, quoting("500 billion")).speaker());
        assertEquals("lisa-su", only(d, quoting("200 kW")).speaker(), "turns continue until the next label");
        assertFalse(only(d, quoting("500 billion")).text().startsWith("Lisa Su:"), "the label is not part of the claim");
    }

    @Test
    void englishJekyllWithLabelsAndTimestamps() throws Exception {
        Draft d = draft("chips.md", Transcripts.ENGLISH);
        assertEquals("en", d.source().language());
        assertEquals("chips-and-power-2025-03-04", d.source().id());
        assertEquals("2025-03-04", d.source().date().toString());
        assertEquals("gavin-baker", d.source().speakers().get(0), "the guest is the main speaker");
        assertTrue(d.source().speakers().contains("jane-host"));
        assertEquals(List.of("jane-host"), d.newSpeakers().stream().map(DraftSpeaker::id).toList());

        Draft.Claim rack = only(d, quoting("3,000 lb"));
        assertEquals("05:03", rack.at());
        assertEquals(ClaimKind.STATISTIC, rack.kind());
        assertEquals("gavin-baker", rack.speaker());
        assertEquals("lb", rack.quantity().unit());
        assertEquals(3000, rack.quantity().min());
        assertEquals("weight", rack.quantity().metric());

        Draft.Claim revenue = only(d, quoting("$39.3 billion"));
        assertEquals("USD-B", revenue.quantity().unit());
        assertEquals(39.3, revenue.quantity().min(), 1e-9);
        assertEquals("revenue", revenue.quantity().metric());
        assertEquals("nvidia", revenue.quantity().subject());
        assertEquals(List.of("nvidia"), revenue.topics());

        Draft.Claim opinion = only(d, quoting("cheaper than"));
        assertEquals(ClaimKind.OPINION, opinion.kind());
        assertEquals("1:22:25", opinion.at());
        assertEquals(List.of("google-tpu", "nvidia"), opinion.topics());

        Draft.Claim capex = only(d, quoting("By 2027"));
        assertEquals(ClaimKind.PREDICTION, capex.kind());
        assertEquals(LocalDate.of(2027, 12, 31), capex.due());
        assertEquals("2027", capex.when().toString());
        assertEquals("USD-T", capex.quantity().unit());

        Draft.Claim margins = only(d, quoting("Gross margins"));
        assertEquals("Outlook", margins.at(), "a heading without a timestamp is the at");
        assertEquals(8, margins.quantity().min());
        assertEquals(95, margins.quantity().max());

        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("promo code") || c.text().contains("Subscribe")),
                "sponsor and subscribe lines are left out");
        Draft.Claim question = only(d, quoting("How heavy are the new racks?"));
        assertEquals(ClaimKind.QUESTION, question.kind(), "the host's question is drafted as a question");
        assertEquals("jane-host", question.speaker());
        assertNull(question.quantity());
        assertNull(question.due());
        assertEquals(question.id(), only(d, quoting("Blackwell rack weighs")).replyTo(), "the answer points to it");
        assertEquals(question.id(), opinion.replyTo(), "the guest's next labelled passage still answers it");
        assertTrue(d.claims().stream().noneMatch(c -> c.text().endsWith("?") && c.kind() != ClaimKind.QUESTION),
                "only questions end with a question mark");
        assertTrue(d.claims().stream().allMatch(c -> c.due() == null || c.kind() == ClaimKind.PREDICTION));
    }

    @Test
    void japaneseObsidianClipping() throws Exception {
        Draft d = draft("clip.md", Transcripts.JAPANESE);
        assertEquals("ja", d.source().language());
        assertEquals(SourceKind.SUMMARY, d.source().kind());
        assertEquals("https://www.youtube.com/watch?v=example123", d.source().url());
        assertEquals("2025-06-01", d.source().date().toString(), "published wins over created; the date as written in +09:00");
        assertEquals("gavin-baker", d.source().speakers().get(0));
        DraftSpeaker host = d.newSpeakers().get(0);
        assertEquals("jane-host", host.id());
        assertEquals("Jane Host", host.name());

        Draft.Claim rack = only(d, quoting("ポンド"));
        assertEquals("05:03", rack.at());
        assertEquals(3000, rack.quantity().min(), "the value after the arrow");
        assertEquals("lb", rack.quantity().unit());
        assertEquals("ラック重量：約1,000ポンド → 3,000ポンド", rack.quote());

        Draft.Claim power = only(d, quoting("キロワット"));
        assertNull(power.quantity(), "the sentence names nothing measured: no quantity rather than the heading's Blackwell");

        Draft.Claim sales = only(d, quoting("100億ドル"));
        assertEquals(10, sales.quantity().min());
        assertEquals("USD-B", sales.quantity().unit());
        assertEquals(List.of("nvidia"), sales.topics(), "エヌビディア is an alias of nvidia");

        Draft.Claim forecast = only(d, quoting("見込み"));
        assertEquals(ClaimKind.PREDICTION, forecast.kind());
        assertEquals(LocalDate.of(2027, 12, 31), forecast.due());
        assertEquals("x", forecast.quantity().unit());

        Draft.Claim cheaper = only(d, quoting("安い"));
        assertEquals(ClaimKind.ANALYSIS, cheaper.kind());
        assertEquals("12:40", cheaper.at());
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("チャンネル登録") || c.text().contains("公開日")));
    }

    @Test
    void traditionalChineseJekyllWithCjkTitle() throws Exception {
        Draft d = draft("zh.md", Transcripts.TRADITIONAL);
        assertEquals("zh-Hant", d.source().language());
        assertTrue(d.source().id().matches("transcript-2025-12-22-[0-9a-f]{6}"), d.source().id());
        assertEquals("https://www.youtube.com/watch?v=zzz", d.source().url());
        DraftSpeaker guest = d.newSpeakers().get(0);
        assertEquals("王小明", guest.name());
        assertEquals("科技投資人", guest.role());
        assertTrue(guest.id().matches("speaker-[0-9a-f]{6}"), guest.id());

        Draft.Claim cap = only(d, quoting("20 億美元"));
        assertEquals(2, cap.quantity().min());
        assertEquals("USD-B", cap.quantity().unit());
        assertEquals("market-cap", cap.quantity().metric());
        assertEquals("英偉達的歷史", cap.at());
        assertEquals(List.of("nvidia"), cap.topics());

        Draft.Claim rack = only(d, quoting("三噸"));
        assertEquals(3, rack.quantity().min());
        assertEquals("t", rack.quantity().unit());

        Draft.Claim asi = only(d, quoting("十年內"));
        assertEquals(ClaimKind.PREDICTION, asi.kind());
        assertEquals(LocalDate.of(2035, 12, 22), asi.due(), "source date plus the stated horizon");

        Draft.Claim demand = only(d, quoting("40%"));
        assertEquals("share-percent", demand.quantity().metric(), "'share' is a count elsewhere in the KB");

        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("原文連結")));
        assertTrue(d.claims().stream().anyMatch(c -> c.text().startsWith("黃仁勳說過很多話")),
                "a Chinese semicolon ends a sentence");
    }

    @Test
    void simplifiedChineseWithoutFrontMatter() throws Exception {
        Draft d = draft("notes.txt", Transcripts.SIMPLIFIED);
        assertEquals("zh-Hans", d.source().language());
        assertEquals("英伟达的未来", d.source().title());
        assertEquals(TODAY.toString(), d.source().date().toString());
        assertTrue(d.notes().stream().anyMatch(n -> n.contains("no date")), d.notes().toString());
        assertEquals("unknown-speaker", d.claims().get(0).speaker());

        Draft.Claim revenue = only(d, quoting("1000亿美元"));
        assertEquals(ClaimKind.PREDICTION, revenue.kind());
        assertEquals(100, revenue.quantity().min());
        assertEquals("USD-B", revenue.quantity().unit());
        assertEquals(LocalDate.of(2027, 12, 31), revenue.due());

        Draft.Claim margin = only(d, quoting("75%"));
        assertEquals("gross-margin", margin.quantity().metric());
        assertEquals(List.of("nvidia"), margin.topics());

        Draft.Claim cheaper = only(d, quoting("更便宜"));
        assertEquals(ClaimKind.ANALYSIS, cheaper.kind());
        assertNull(cheaper.quantity());
    }

    @Test
    void quotesAreLeftOutForLongSentences() throws Exception {
        String longSentence = "Nvidia " + "really ".repeat(40) + "sold 5,000 units last year.";
        Draft d = draft("long.md", "---\ntitle: Long one\ndate: 2025-01-01\n---\n" + longSentence + "\n");
        Draft.Claim c = only(d, quoting("5,000 units"));
        assertNull(c.quote());
        assertNotNull(c.quantity());
        assertFalse(c.text().isBlank());
    }
}
