package org.claimskb.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimskb.factfile.FactFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speaker labels and turn-taking, the guest as default speaker, intro and outro lines, and quantity
 * subjects, in English, Japanese and Chinese; every draft is added to the KB and must load cleanly.
 */
class SpeakerTurnsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    @TempDir
    Path kb;

    @BeforeEach
    void kb() throws IOException {
        KbFixture.create(kb);
    }

    /** Adds the transcript as {@code claims add} does, and checks the KB then loads without a problem. */
    Draft add(String name, String text) throws Exception {
        Path f = kb.resolve(name);
        Files.writeString(f, text);
        Draft d = new TranscriptAdder(new LoadedKnowledgeBase()).add(kb, f, null, false, TODAY).draft();
        assertEquals(List.of(), FactFiles.load(kb).problems(), "the draft validates");
        return d;
    }

    static Draft.Claim saying(Draft d, String s) {
        return TranscriptImporterTest.only(d, TranscriptImporterTest.quoting(s));
    }

    static void noSubjectIsASpeaker(Draft d) {
        d.claims().stream().filter(c -> c.quantity() != null).forEach(c ->
                assertFalse(d.source().speakers().contains(c.quantity().subject()), c.toString()));
    }

    @Test
    void aNameWithATimeBeforeATurnIsItsLabelAndTime() throws Exception {
        Draft d = add("rev.md", """
                # Lisa Su interview

                Kara Swisher (00:01):
                Lisa, what will the accelerator market look like in 2028?

                Lisa Su (00:12):
                We think the accelerator market will reach $500 billion by 2028.

                LISA SU (01:10): Our GPU share will double by 2027.
                """);
        var question = d.claims().stream().filter(c -> c.kind() == org.claimskb.model.ClaimKind.QUESTION).findFirst()
                .orElseThrow(() -> new AssertionError(d.claims()));
        assertEquals("kara-swisher", question.speaker());
        assertEquals("00:01", question.at());
        var market = saying(d, "$500 billion");
        assertEquals("lisa-su", market.speaker());
        assertEquals("00:12", market.at());
        assertEquals(question.id(), market.replyTo());
        var share = saying(d, "share will double");
        assertEquals("Our GPU share will double by 2027.", share.text(), "the label and its time are cut off");
        assertEquals("lisa-su", share.speaker());
        assertEquals("01:10", share.at());
    }

    @Test
    void twoAnonymousVoicesAreTheInterviewerAndTheGuest() throws Exception {
        Draft d = add("diarized.md", """
                ---
                title: "Racks, with Jensen Huang"
                host: Jane Host
                guest: Jensen Huang
                ---
                SPEAKER_00: Welcome back. How heavy will a rack get?

                SPEAKER_01: A Rubin rack will weigh about 4,000 lb by 2027.

                Speaker 0 (02:10): And the power?

                Speaker 1 (02:15): Each rack will draw 600 kW in 2027.
                """);
        var heavy = saying(d, "4,000 lb");
        assertEquals("jensen-huang", heavy.speaker());
        assertEquals("A Rubin rack will weigh about 4,000 lb by 2027.", heavy.text());
        var power = saying(d, "600 kW");
        assertEquals("Each rack will draw 600 kW in 2027.", power.text());
        assertEquals("02:15", power.at());
        List<Draft.Claim> questions = d.claims().stream().filter(c -> c.kind() == org.claimskb.model.ClaimKind.QUESTION).toList();
        assertEquals(2, questions.size(), d.claims().toString());
        assertTrue(questions.stream().allMatch(q -> q.speaker().equals("jane-host")), questions.toString());
        assertEquals(questions.get(1).id(), power.replyTo());
    }

    @Test
    void manyAnonymousVoicesLoseTheirLabelsNotTheirWords() throws Exception {
        Draft d = add("panel.md", """
                # Chip panel with Jensen Huang

                Speaker 1: Racks will weigh about 4,000 lb by 2027.

                Speaker 2: Each rack will draw 600 kW in 2027.

                Speaker 3: Liquid cooling will be standard by 2026.
                """);
        assertEquals(3, d.claims().size(), d.claims().toString());
        assertTrue(d.claims().stream().noneMatch(c -> c.text().startsWith("Speaker")), d.claims().toString());
    }

    @Test
    void aJapaneseInterviewsDashedQuestionsAreTheInterviewersAndTheRestTheGuests() throws Exception {
        Draft d = add("ja-interview.md", """
                ---
                title: "ジェンスン・フアンCEOに聞く"
                host: Jane Host
                guest: Jensen Huang
                ---
                ――AI向け半導体の需要はいつまで続きますか。

                需要は少なくとも2027年まで続くと考えている。

                データセンターへの投資は年間1兆ドルに達するだろう。

                ――中国市場はどうですか。

                中国の売上高は全体の13%まで下がった。
                """);
        List<Draft.Claim> questions = d.claims().stream().filter(c -> c.kind() == org.claimskb.model.ClaimKind.QUESTION).toList();
        assertEquals(2, questions.size(), d.claims().toString());
        assertTrue(questions.stream().allMatch(q -> q.speaker().equals("jane-host") && !q.text().startsWith("―")),
                questions.toString());
        for (String answer : List.of("2027年", "1兆ドル", "13%")) {
            assertEquals("jensen-huang", saying(d, answer).speaker(), "the guest's: " + answer);
        }
        assertEquals(questions.get(0).id(), saying(d, "2027年").replyTo());
        assertEquals(questions.get(1).id(), saying(d, "13%").replyTo());
    }

    @Test
    void aSpeakersAliasInTheTitleNamesTheGuest() throws Exception {
        KbFixture.addLisaSu(kb, "[蘇姿丰, リサ・スー]");
        Draft d = add("su-ja.md", """
                # リサ・スーCEOに聞く

                データセンター向けGPUの売上高は2027年に100億ドルを超えるだろう。
                """);
        assertEquals("lisa-su", saying(d, "100億ドル").speaker());
    }

    @Test
    void turnMarksAndTimesInsideTheTextMakeTimedTurns() throws Exception {
        Draft d = add("rolling.md", """
                # Jensen Huang on the podcast

                (00:00:09) >> nice to be here. (00:00:10) >> Thanks. Welcome to the podcast (00:00:12) with Jensen Huang. How big will Blackwell be? (00:00:14) >> Blackwell revenue will reach (00:00:16) $10 billion in the fourth quarter. (00:00:19) >> Okay. (00:00:21) >> Supply will double by 2026.
                """);
        var revenue = saying(d, "$10 billion");
        assertEquals("Blackwell revenue will reach $10 billion in the fourth quarter.", revenue.text(),
                "the times inside a sentence are dropped and the turn mark ends the one before");
        assertEquals("00:00:14", revenue.at());
        assertEquals("00:00:21", saying(d, "Supply will double").at());
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains(">>") || c.text().contains("(00:")), d.claims().toString());
    }

    @Test
    void aParticipantsListNamesTheLabelsAndIsNotAClaim() throws Exception {
        Draft d = add("participants.md", """
                # NVIDIA at a Technology Conference

                Company Participants

                Jensen Huang - President and CEO

                Conference Call Participants

                Pat Riley - Example Capital

                Pat Riley

                When you started, what were you thinking?

                Jensen Huang

                Data center revenue will double by 2026.
                """);
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("President and CEO") || c.text().contains("Example Capital")),
                d.claims().toString());
        assertEquals("pat-riley", d.claims().stream().filter(c -> c.kind() == org.claimskb.model.ClaimKind.QUESTION)
                .findFirst().orElseThrow(() -> new AssertionError(d.claims())).speaker(),
                "a name listed as a participant and alone above a turn once is that turn's label");
        assertEquals("jensen-huang", saying(d, "will double").speaker());
    }

    @Test
    void aTitleNamingACompanyAfterWithNamesNoGuest() throws Exception {
        Draft d = add("deal.md", """
                # AMD's Chip Deal With Nvidia Triggers Explosive Rally

                AMD signed a deal that could bring in $10 billion of revenue in 2026.
                """);
        assertTrue(d.source().speakers().stream().noneMatch(s -> s.contains("triggers")), d.source().speakers().toString());
    }

    @Test
    void aNameAloneOnTheLinesAboveItsTurnsLabelsThem() throws Exception {
        Draft d = add("conference.md", """
                # NVIDIA CEO Jensen Huang Presents at a Technology Conference

                Pat Riley

                We will do this casually. When you started, what were you thinking?

                Jensen Huang

                Data center revenue will double by 2026. We will ship 2 million Blackwell GPUs next year.

                Pat Riley

                What about sovereign AI demand?

                Jensen Huang

                Sovereign AI revenue will reach $10 billion in 2026.
                """);
        List<Draft.Claim> questions = d.claims().stream().filter(c -> c.kind() == org.claimskb.model.ClaimKind.QUESTION).toList();
        assertEquals(2, questions.size(), d.claims().toString());
        assertTrue(questions.stream().allMatch(q -> q.speaker().equals("pat-riley")), questions.toString());
        assertEquals("jensen-huang", saying(d, "will double").speaker());
        assertEquals(questions.get(1).id(), saying(d, "$10 billion").replyTo());
        assertTrue(d.claims().stream().noneMatch(c -> c.text().equals("Pat Riley") || c.text().equals("Jensen Huang")));
    }

    @Test
    void roleLabelsOpenTheInterviewersAndTheGuestsTurns() throws Exception {
        Draft d = add("qa.md", """
                # Jensen Huang on racks

                Host: Jane Host

                Guest: Jensen Huang

                Jensen Huang, NVIDIA's chief executive, spoke to us in March 2026.

                Q: How heavy will a rack get?

                A: A Rubin rack will weigh about 4,000 lb by 2027.

                QUESTION: And the power?

                ANSWER: Each rack will draw 600 kW.
                """);
        var heavy = saying(d, "4,000 lb");
        assertEquals("jensen-huang", heavy.speaker());
        assertFalse(heavy.text().startsWith("A:"), "the role label is cut off: " + heavy.text());
        var power = saying(d, "600 kW");
        assertEquals("jensen-huang", power.speaker());
        assertFalse(power.text().toLowerCase(java.util.Locale.ROOT).startsWith("answer"), power.text());
        List<Draft.Claim> questions = d.claims().stream().filter(c -> c.kind() == org.claimskb.model.ClaimKind.QUESTION).toList();
        assertEquals(2, questions.size(), d.claims().toString());
        assertTrue(questions.stream().allMatch(q -> q.speaker().equals("jane-host") && !q.text().startsWith("Q")),
                questions.toString());
        assertEquals(questions.get(0).id(), heavy.replyTo());
        assertEquals(questions.get(1).id(), power.replyTo());
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("spoke to us")),
                "the writer's framing of the interview is nobody's claim: " + d.claims());
    }

    @Test
    void aGuestLabelBeforeASentenceIsATurnNotTheCastLine() throws Exception {
        Draft d = add("guest-turns.md", """
                # Jensen Huang on racks

                Host: Jane Host

                Guest: Jensen Huang

                Q: How heavy will a rack get?

                Guest: A Rubin rack will weigh about 4,000 lb by 2027.
                """);
        var heavy = saying(d, "4,000 lb");
        assertEquals("jensen-huang", heavy.speaker());
        assertEquals("A Rubin rack will weigh about 4,000 lb by 2027.", heavy.text());
        assertTrue(heavy.replyTo() != null, heavy.toString());
    }

    @Test
    void aRoleLabelWithNoInterviewerNamedLeavesTheQuestionOutAndKeepsTheAnswers() throws Exception {
        Draft d = add("qa-anon.md", """
                # Jensen Huang on racks

                Interviewer: How heavy will a rack get?

                Jensen Huang: A Rubin rack will weigh about 4,000 lb by 2027.

                Host: Thanks for joining us.

                問：電力呢？

                答：每個機架將消耗600千瓦。
                """);
        assertTrue(d.claims().stream().noneMatch(c -> c.kind() == org.claimskb.model.ClaimKind.QUESTION), d.claims().toString());
        assertEquals("jensen-huang", saying(d, "4,000 lb").speaker());
        var power = saying(d, "600千瓦");
        assertEquals("jensen-huang", power.speaker());
        assertFalse(power.text().startsWith("答"), power.text());
        assertTrue(d.source().speakers().stream().noneMatch(s -> s.contains("thanks")),
                "a sentence after Host: is not a host's name: " + d.source().speakers());
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("Thanks")), d.claims().toString());
    }

    @Test
    void englishLabelsOpenTurnsAndNewSpeakersAreDeclared() throws Exception {
        Draft d = add("su.md", """
                ---
                title: "Accelerators and the road to 2028"
                author:
                  - "[[Jane Host]]"
                published: 2026-02-10
                ---
                ## [00:00] Intro

                Jane Host welcomes AMD CEO Lisa Su to the show.

                - Lisa Su: Thanks for having me, Jane.
                - Lisa Su: We expect the data center AI accelerator market to reach $500 billion by 2028.
                - Our AI GPU revenue grew 60% last year.
                - JANE HOST: What about the new racks?
                - Rack power went from 130 kW to 200 kW in one generation.

                ## [10:00] Supply

                **Mark Papermaster**: Our MI450 racks will reach 2,000 units in 2026.
                Industry demand stays ahead of supply by 30% this year, which is new.
                Key Takeaways: Racks sold out 3 months ahead of plan, as said above.

                Thanks for watching, and follow us for more episodes.
                """);
        assertEquals("lisa-su", d.source().speakers().get(0), "the guest the intro welcomes, not the author (the host)");
        DraftSpeaker su = d.newSpeakers().stream().filter(s -> s.id().equals("lisa-su")).findFirst().orElseThrow();
        assertEquals("AMD CEO", su.role());
        assertEquals(List.of("lisa-su", "jane-host", "mark-papermaster"), d.newSpeakers().stream().map(DraftSpeaker::id).toList());

        Draft.Claim market = saying(d, "$500 billion");
        assertEquals("lisa-su", market.speaker());
        assertTrue(market.text().startsWith("We expect"), "the label is not part of the text: " + market.text());
        assertEquals("data-center-ai-accelerator-market", market.quantity().subject());

        Draft.Claim gpu = saying(d, "60%");
        assertEquals("lisa-su", gpu.speaker(), "an unlabelled line continues the turn");
        assertEquals("amd", gpu.quantity().subject(), "'our' from AMD's CEO is AMD");

        assertEquals("jane-host", saying(d, "200 kW").speaker(), "an all-capitals label opens the host's turn");
        assertEquals("rack-power", saying(d, "200 kW").quantity().subject());
        assertEquals("mark-papermaster", saying(d, "2,000 units").speaker(), "a bold label, new section");
        assertEquals("mark-papermaster", saying(d, "ahead of supply").speaker(), "the next line of the paragraph");
        assertEquals("mark-papermaster", saying(d, "sold out").speaker(), "'Key Takeaways' is not a person");
        assertTrue(d.claims().stream().noneMatch(c -> c.text().matches("(?i).*(thanks|welcomes|follow us).*")),
                d.claims().toString());
        noSubjectIsASpeaker(d);
    }

    @Test
    void theGuestIsTheDefaultSpeakerWhateverTheAuthorsSay() throws Exception {
        Draft fromTitle = add("a.md", """
                ---
                title: "The chip race with Lisa Su"
                author: ["[[Jane Host]]", "[[Lisa Su]]"]
                published: 2026-02-11
                ---
                AI accelerators will be a $400 billion market by 2027, the largest in chips.
                """);
        assertEquals("lisa-su", fromTitle.claims().get(0).speaker(), "the person named in the title");

        Draft fromFrontMatter = add("b.md", """
                ---
                title: "Chips weekly"
                author: ["[[Jane Host]]"]
                guests: ["Ann Lee"]
                published: 2026-02-12
                ---
                Memory prices rose 20% in the quarter, more than anyone expected.
                """);
        assertEquals("ann-lee", fromFrontMatter.claims().get(0).speaker(), "front-matter guests");
        assertEquals("memory-prices", fromFrontMatter.claims().get(0).quantity().subject());

        Draft authorOnly = add("c.md", """
                ---
                title: "Chips monthly"
                author: ["[[Jane Host]]"]
                published: 2026-02-13
                ---
                Memory prices rose 25% in the month, more than anyone expected.
                """);
        assertEquals("jane-host", authorOnly.claims().get(0).speaker(), "else the first author");
    }

    @Test
    void japaneseLabelsWithFullWidthColons() throws Exception {
        Draft d = add("ja.md", """
                ---
                title: "AIインフラの未来"
                author: ["[[Jane Host]]"]
                published: 2026-03-01
                ---
                ## 概要

                - **ゲスト**: [[Gavin Baker]]

                ## [03:00] 需要

                TPUの出荷は年間で300万個に達したと言われる。
                ジェンスン・フアン：2027年までにデータセンターの投資は1兆ドルに達するでしょう。
                当社の粗利率は75%です。
                リサ・スー：当社のAI売上は60%伸びました。
                ご視聴ありがとうございました。次回もよろしくお願いします。
                """);
        assertEquals("gavin-baker", d.source().speakers().get(0), "the ゲスト, not the author");
        assertEquals("gavin-baker", saying(d, "300万個").speaker(), "before any label: the guest");
        Draft.Claim capex = saying(d, "1兆ドル");
        assertEquals("jensen-huang", capex.speaker(), "a person entity's alias is a known speaker's label");
        assertFalse(capex.text().startsWith("ジェンスン"), capex.text());
        Draft.Claim margin = saying(d, "75%");
        assertEquals("jensen-huang", margin.speaker(), "the turn continues");
        assertEquals("nvidia", margin.quantity().subject(), "当社 from NVIDIA's CEO");
        Draft.Claim su = saying(d, "60%");
        assertTrue(su.speaker().matches("speaker-[0-9a-f]{6}"), su.speaker());
        assertTrue(d.newSpeakers().stream().anyMatch(s -> s.id().equals(su.speaker()) && s.name().equals("リサ・スー")));
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("ご視聴")), d.claims().toString());
        noSubjectIsASpeaker(d);
    }

    @Test
    void chineseLabelsAndGuestLine() throws Exception {
        Draft d = add("zh.md", """
                ---
                title: "算力的下一個十年"
                author: ["[[Jane Host]]"]
                date: 2026-03-05
                guests: ["蘇姿丰"]
                ---
                ## 訪談

                嘉賓：蘇姿丰（AMD執行長）

                今年資料中心的電力需求成長了30%，這個數字來自產業報告。
                黃仁勳：到2027年，資料中心的資本支出將達到1兆美元。
                我們的毛利率為75%。
                蘇姿丰：我們的營收成長了60%。
                王小明：這個市場的規模將超過5000億美元。
                謝謝收看，我們下次見。
                """);
        String su = d.source().speakers().get(0);
        assertTrue(su.matches("speaker-[0-9a-f]{6}"), "the 嘉賓 is the main speaker: " + d.source().speakers());
        DraftSpeaker guest = d.newSpeakers().stream().filter(s -> s.id().equals(su)).findFirst().orElseThrow();
        assertEquals("蘇姿丰", guest.name());
        assertEquals("AMD執行長", guest.role());
        assertEquals(1, d.newSpeakers().stream().filter(s -> s.name().equals("蘇姿丰")).count(), "one speaker, however often named");

        assertEquals(su, saying(d, "30%").speaker(), "before any label: the guest");
        Draft.Claim capex = saying(d, "1兆美元");
        assertEquals("jensen-huang", capex.speaker());
        assertFalse(capex.text().startsWith("黃仁勳"), capex.text());
        Draft.Claim margin = saying(d, "75%");
        assertEquals("jensen-huang", margin.speaker(), "the turn continues");
        assertEquals("nvidia", margin.quantity().subject());
        Draft.Claim revenue = saying(d, "60%");
        assertEquals(su, revenue.speaker());
        assertEquals("amd", revenue.quantity().subject(), "我們的 from the guest whose role names AMD");
        Draft.Claim market = saying(d, "5000億美元");
        assertTrue(d.newSpeakers().stream().anyMatch(s -> s.id().equals(market.speaker()) && s.name().equals("王小明")),
                "an unknown Chinese name before ：is a new speaker");
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("謝謝收看")));
        noSubjectIsASpeaker(d);
    }

    @Test
    void topicsBeforeColonsAreNotSpeakers() {
        for (String label : List.of("Key Takeaways", "Bottom Line", "Data Center Revenue", "AI GPU", "電力", "結論",
                "ラック重量", "毛利率", "チャンネル")) {
            assertFalse(SpeakerLabel.looksLikeName(label), label);
        }
        for (String name : List.of("Lisa Su", "Mark Papermaster", "Patrick O'Shaughnessy", "黃仁勳", "王小明", "ジェンスン・フアン")) {
            assertTrue(SpeakerLabel.looksLikeName(name), name);
        }
        assertEquals("Lisa Su", SpeakerLabel.at("LISA SU: We expect growth.").orElseThrow().name());
        assertEquals("Lisa Su", SpeakerLabel.at("**Lisa Su:** We expect growth.").orElseThrow().name());
        assertEquals("黃仁勳", SpeakerLabel.at("黃仁勳：到2027年").orElseThrow().name());
    }

    @Test
    void aQuantityWithoutASubjectInItsSentenceIsNotDrafted() throws Exception {
        Draft d = add("subjects.md", """
                ---
                title: "Chips roundtable"
                guest: Gavin Baker
                date: 2026-03-01
                ---
                ## NVIDIA's quarter

                Um, uh, again, it went up 30-50x from a year ago, I would say.
                Inference demand is up 30-50x from a year ago.
                英伟达的数据中心资本开支达到1万4000亿美元。
                这个数字大约是三成。
                """);
        Draft.Claim vague = saying(d, "Um, uh");
        assertNull(vague.quantity(), "filler words and the heading are not what is measured");
        Draft.Claim demand = saying(d, "Inference demand");
        assertEquals("inference-demand", demand.quantity().subject());
        assertEquals(30, demand.quantity().min());
        assertEquals(50, demand.quantity().max());
        assertEquals("x", demand.quantity().unit());
        Draft.Claim capex = saying(d, "1万4000亿");
        assertEquals("nvidia", capex.quantity().subject());
        assertEquals(1.4, capex.quantity().min(), 1e-9);
        assertEquals("USD-T", capex.quantity().unit());
        d.claims().stream().filter(c -> c.text().contains("三成")).forEach(c ->
                assertNull(c.quantity(), "这个数字 names nothing measured: " + c));
    }

    @Test
    void aTimePhraseOpeningTheSentenceIsNotWhatIsMeasured() throws Exception {
        Draft d = add("when.md", """
                ---
                title: "Chips roundtable"
                guest: Gavin Baker
                date: 2026-03-01
                ---
                By 2028 we will ship 10 million units a year.
                In Q3 Blackwell Ultra shipments will reach 2 million.
                """);
        for (Draft.Claim c : d.claims()) {
            if (c.quantity() != null) {
                String subject = c.quantity().subject();
                assertFalse(subject.startsWith("by-") || subject.startsWith("in-"), "a time, not a subject: " + c);
            }
        }
    }

    @Test
    void reportedSpeechGoesToTheReportedSpeakerAndTheRestToTheAuthor() throws Exception {
        Draft d = add("summary.md", """
                ---
                title: "Chip week in review"
                author: Pat Writer
                date: 2026-03-01
                ---
                The NVIDIA share price fell 5% on Monday after the report.
                On Tuesday Huang said NVIDIA's data center revenue will double by 2028.
                Demand is strong, according to Jensen Huang, and Google's TPUs are cheaper than ever.
                黃仁勳在3月初表示，輝達的毛利率將維持在75%。
                """);
        assertEquals("pat-writer", saying(d, "share price fell").speaker(), "nobody is reported: the author's own line");
        assertEquals("jensen-huang", saying(d, "Huang said").speaker());
        assertEquals("jensen-huang", saying(d, "according to Jensen Huang").speaker());
        assertEquals("jensen-huang", saying(d, "黃仁勳在3月初表示").speaker());
    }
}
