package org.claimskb.ingest;

import static org.claimskb.ingest.TranscriptImporterTest.only;
import static org.claimskb.ingest.TranscriptImporterTest.quoting;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Reported speech, pronouns carried from context, interviewers' questions and the source kind, on texts written for them. */
class ReportedSpeechTest {
    static final LocalDate TODAY = KbFixture.TODAY;

    @TempDir
    Path dir;

    KnowledgeBase kb;

    @BeforeEach
    void kb() throws IOException {
        KbFixture.create(dir);
        KbFixture.addLisaSu(dir, null);
        kb = new LoadedKnowledgeBase().read(dir, null);
    }

    Draft draft(String text) throws Exception {
        return KbFixture.draft(dir, kb, "t.md", text);
    }

    @Test
    void aPronounCarriesTheSpeakerReportedJustBefore() throws Exception {
        Draft d = draft("""
                # Chip makers meet investors

                March 3, 2026

                Gavin Baker told investors that Nvidia has sold out its supply. He added that the wait for new racks is long.

                Lisa Su said AMD will ship its new accelerator this year. She noted that customers in Asia signed up first.

                Shares of both companies rose on the news, and several analysts raised their targets for the sector.
                """);
        assertEquals("gavin-baker", only(d, quoting("sold out")).speaker());
        assertEquals("gavin-baker", only(d, quoting("He added")).speaker(), "he: the one reported just before");
        assertEquals("lisa-su", only(d, quoting("new accelerator")).speaker());
        assertEquals("lisa-su", only(d, quoting("She noted")).speaker(), "she: Su, not Baker");
        assertEquals(SourceKind.ARTICLE, d.source().kind(), "prose that reports people's words is an article");
    }

    @Test
    void chineseAndJapanesePronounsAndUnnamedReports() throws Exception {
        Draft zh = draft("""
                # 輝達與超微

                黃仁勳表示，輝達的供應仍然緊張。他指出，客戶的訂單已經排到明年。其他公司表示不同意這個看法，並稱市場正在降溫。
                """);
        assertEquals("jensen-huang", only(zh, quoting("他指出")).speaker());
        Draft ja = draft("""
                # エヌビディアの見通し

                ジェンスン・フアン氏は、データセンターへの投資は適切だと述べた。AI需要は「驚くほど高い」と語った。
                """);
        assertEquals("jensen-huang", only(ja, quoting("驚くほど高い")).speaker(), "a reporting ending with nobody named");
    }

    @Test
    void aPronounIsNotCarriedWhenTwoSpeakersWereJustNamed() throws Exception {
        Draft d = draft("""
                # A debate

                Jensen Huang and Lisa Su disagreed on stage about the size of the inference market next year.

                He said that the market would double, which surprised many in the audience at the conference.
                """);
        Draft.Claim he = only(d, quoting("would double"));
        assertEquals(d.source().speakers().get(0), he.speaker(),
                "two speakers named just before: 'he' is not guessed from them, the main speaker says it");
    }

    @Test
    void reportedStatementsWithoutAnyOtherCueAreCandidates() throws Exception {
        Draft d = draft("""
                # An interview summary

                Lisa Su highlighted the importance of a resilient supply chain while discussing manufacturing at home.
                She mentioned that the work to diversify the supply chain takes a long time to show results.
                """);
        assertEquals(ClaimKind.FACT, only(d, quoting("highlighted the importance")).kind());
        assertEquals("lisa-su", only(d, quoting("She mentioned")).speaker());
    }

    @Test
    void interviewerQuestionsAreQuestionsAndAnswersReplyToThem() throws Exception {
        Draft d = draft("""
                # Interview with Lisa Su

                Guest: Lisa Su (AMD CEO)

                Operator: The next question comes from the line of Sam Analyst with Example Bank.

                Sam Analyst: Thanks for taking my questions. You raised the outlook to $3.5 billion. Maybe you could walk us through what drove the change.

                Lisa Su: It really is mostly customer demand signals from the largest cloud customers this quarter. We can ship more than $3.5 billion.

                Sam Analyst: Congratulations on the quarter and the strong results across the whole business.

                Lisa Su: I think it's very, very simple, right? Customers want more compute than the industry can build.
                """);
        Draft.Claim q = only(d, quoting("walk us through"));
        assertEquals(ClaimKind.QUESTION, q.kind(), "a request cue makes a question without a question mark");
        assertEquals("sam-analyst", q.speaker());
        assertNull(q.quantity(), "a question carries no quantity, even with a number in its premise");
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("Thanks for taking")));
        assertEquals(q.id(), only(d, quoting("customer demand signals")).replyTo());
        assertEquals(q.id(), only(d, quoting("ship more than")).replyTo());
        Draft.Claim inside = only(d, quoting("very, very simple"));
        assertEquals("I think it's very, very simple.", inside.text(), "the tag question is cut, the claim kept");
        assertNull(inside.replyTo(), "the analyst's remark asked nothing: the turn after it answers no question");
        assertEquals(SourceKind.TRANSCRIPT, d.source().kind());
    }

    @Test
    void aGuestsRhetoricalQuestionIsNotAnInterviewersQuestion() throws Exception {
        Draft d = draft("""
                # Interview with Lisa Su

                Guest: Lisa Su (AMD CEO)

                Lisa Su: Where is the revenue going to come from? It comes from inference at AMD and everywhere else.
                """);
        assertTrue(d.claims().stream().noneMatch(c -> c.kind() == ClaimKind.QUESTION));
    }

    @Test
    void aSummaryIsKnownByItsClosingParagraph() throws Exception {
        Draft d = draft("""
                # Lisa Su on CNBC

                Lisa Su said that AMD's data center business is doing extremely well this year.

                In summary, Lisa Su believes AMD is gaining market share despite the current challenges.
                """);
        assertEquals(SourceKind.SUMMARY, d.source().kind());
    }

    @Test
    void aBylinedInterviewWithOnlyTheGuestLabelled() throws Exception {
        Draft d = draft("""
                # An Interview with Nvidia CEO Jensen Huang About Inference – Chip Notes by Pat Writer

                I sat down with Jensen Huang after his keynote, and we covered a lot of ground on Nvidia's roadmap.

                Jensen Huang, welcome back to the newsletter.

                JH: It's great to be here.

                Why does Nvidia keep building its own CPUs when customers already have plenty?

                JH: Because agents spend most of their time on CPUs, and Nvidia will sell a lot of them next year.
                """);
        assertEquals("pat-writer", d.source().author(), "the title's 'by X' is the writer");
        assertTrue(d.source().speakers().contains("jensen-huang"));
        assertTrue(d.source().speakers().stream().noneMatch(s -> s.contains("about")), "the name ends before 'About'");
        assertEquals("pat-writer", only(d, quoting("I sat down")).speaker(), "the writer's own intro is the writer's");
        Draft.Claim q = only(d, quoting("keep building its own CPUs"));
        assertEquals(ClaimKind.QUESTION, q.kind(), "with only the guest labelled, an unlabelled question is the interviewer's");
        assertEquals("pat-writer", q.speaker());
        Draft.Claim answer = only(d, quoting("sell a lot of them"));
        assertEquals("jensen-huang", answer.speaker(), "JH: is Jensen Huang's initials");
        assertEquals(q.id(), answer.replyTo());
        assertTrue(d.claims().stream().noneMatch(c -> c.text().contains("welcome back")));
    }

    @Test
    void anExecutivesPreparedRemarksAreNotQuestions() throws Exception {
        Draft d = draft("""
                # Q4 earnings call

                Guest: Jensen Huang

                Gavin Baker: Let me talk about the outlook and explain the guidance for the next quarter. Revenue is expected to be $11 billion, plus or minus 2%.

                Jensen Huang: Demand for Nvidia's accelerated computing is strong across every region.
                """);
        assertTrue(d.claims().stream().noneMatch(c -> c.kind() == ClaimKind.QUESTION),
                "'talk about' and 'explain' without a question are not an interviewer's request: " + d.claims());
        assertEquals(11, only(d, quoting("expected to be $11 billion")).quantity().min());
    }

    @Test
    void aKatakanaSurnameAndATitleThatOpensWithTheSpeaker() throws Exception {
        Files.writeString(dir.resolve("claims/aliases.yaml"), """
                speakers:
                  - id: pat-kato
                    name: Pat Kato
                    aliases: [パット・カトウ]
                    regime: bounded
                """);
        kb = new LoadedKnowledgeBase().read(dir, null);
        Draft ja = draft("""
                # 半導体の見通し

                カトウ氏は、データセンター向けの需要は今後も続くと述べた。
                """);
        assertEquals("pat-kato", only(ja, quoting("需要は今後も続く")).speaker(), "カトウ氏 is パット・カトウ");
        Draft en = draft("""
                # Chip Maker CEO Dana Reyes: data center demand "doing extremely well"

                Reyes said the data center business drives most of the company's growth this year.
                """);
        assertEquals("dana-reyes", en.source().speakers().get(0), "the person the title opens with");
        assertEquals("dana-reyes", only(en, quoting("drives most")).speaker());
        Draft topic = draft("""
                # Nvidia Earnings: data center revenue keeps climbing

                Data center revenue rose 20% in the quarter, the company said in its report.
                """);
        assertTrue(topic.source().speakers().stream().noneMatch(id -> id.contains("earnings")),
                "a company's name is not a speaker: " + topic.source().speakers());
    }

    @Test
    void aHostLabelBeforeAQuestionIsATurnNotAHostsName() throws Exception {
        Draft d = draft("""
                ---
                title: "Chips and power with Gavin Baker"
                date: 2025-03-04
                ---

                **Host:** Where is the constraint on AI build-outs now?

                **Gavin Baker:** Power is the governor. I think data centers in the US will need about 50 gigawatts more by 2028.
                """);
        assertTrue(d.source().speakers().stream().noneMatch(id -> id.startsWith("where-is")), d.source().speakers().toString());
        assertTrue(d.newSpeakers().stream().noneMatch(s -> s.name().endsWith("?")));
    }
}
