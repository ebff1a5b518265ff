package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimskb.factfile.FactFiles;
import org.claimskb.factfile.LoadResult;
import org.claimskb.model.Claim;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code claims add}: drafts that validate, refusal to overwrite, bad input that writes nothing. */
class AddCommandTest {
    static final String KB_SPEAKERS = """
            speakers:
              - id: gavin-baker
                name: Gavin Baker
                regime: bounded
            entities:
              - id: nvidia
                name: NVIDIA
                aliases: [Nvidia, 英偉達, エヌビディア]
                kind: company
            """;
    static final String TRANSCRIPT = """
            ---
            title: "Racks and Margins | Interview with Gavin Baker"
            source: "https://example.org/episode"
            author:
              - "[[Sam Host]]"
              - "[[Gavin Baker]]"
            published: 2025-02-03
            ---
            ## [05:03] Racks

            - **Host**: [[Sam Host]]
            - A rack weighs about 3,000 lb now.
            - Nvidia will ship 2 million GPUs in 2026.
            - 英偉達的毛利率為75%。
            - エヌビディアの売上高は100億ドルに達した。
            """;

    @TempDir
    Path kb;

    Path transcript;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(kb.resolve("claims"));
        Files.createDirectories(kb.resolve("rules"));
        Files.writeString(kb.resolve("claims/speakers.yaml"), KB_SPEAKERS);
        transcript = kb.resolve("episode.md");
        Files.writeString(transcript, TRANSCRIPT);
    }

    @Test
    void writesADraftThatLoadsWithoutProblems() throws IOException {
        CliRun run = CliRun.of(kb, "add", transcript.toString(), "--as-of", "2026-05-01");
        assertEquals(0, run.status(), run.err());
        Path written = kb.resolve("claims/racks-and-margins-2025-02-03.yaml");
        assertEquals(written.toString(), run.out().strip());
        assertTrue(Files.exists(written));

        LoadResult loaded = FactFiles.load(kb);
        assertEquals(List.of(), loaded.problems());
        List<Claim> claims = loaded.kb().claims().stream()
                .filter(c -> c.sourceId().equals("racks-and-margins-2025-02-03")).toList();
        assertEquals(4, claims.size(), claims.toString());
        assertTrue(claims.stream().allMatch(Claim::draft));
        assertTrue(claims.stream().allMatch(c -> c.speaker().equals("gavin-baker")));
        assertTrue(claims.stream().allMatch(c -> "05:03".equals(c.at())));
        assertEquals("sam-host", loaded.kb().speaker("sam-host").orElseThrow().id());

        String yaml = Files.readString(written);
        assertTrue(yaml.contains("英偉達的毛利率為75%"), "CJK is written as itself, not escaped");
        assertTrue(yaml.contains("at: \"05:03\""), "timestamps are quoted");
        assertTrue(yaml.contains("regime: unknown"));
        assertFalse(yaml.contains("\\u"), yaml);
    }

    @Test
    void aSavedWebPageIsReadAsItsMetadataAndMainText() throws IOException {
        Path page = kb.resolve("page.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html><head>
                <title>Chips all the way down | Example Daily</title>
                <meta property="og:site_name" content="Example Daily">
                <meta property="og:title" content="Chips all the way down">
                <link rel="canonical" href="https://daily.example.com/chips-interview">
                <script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle",
                  "datePublished": "2025-03-04T08:00:00+09:00", "author": {"@type": "Person", "name": "Pat Riley"}}]}
                </script>
                <script>var teaser = "Nvidia will ship 9 million GPUs in 2030.";</script>
                <style>.x { color: red }</style>
                </head><body>
                <header><nav><a href="/">Home</a> <a href="/chips">Chips</a></nav></header>
                <article>
                  <h1>Chips all the way down</h1>
                  <p>Guest: <a href="/people/gavin-baker">Gavin Baker</a></p>
                  <p><b>PAT RILEY:</b> Nvidia sold $39 billion of chips last quarter. How long can that last?</p>
                  <p><b>GAVIN BAKER:</b> I think Nvidia will sell more than $200 billion of chips next year, right?
                     Demand keeps rising.</p>
                  <aside>Related: Rack prices rose 40% in 2024</aside>
                  <div class="share-bar">Share: Nvidia's margin hit 99% in 2025</div>
                </article>
                <section id="comments"><p>A reader says Nvidia will crash 90% by 2027.</p></section>
                <footer>&copy; 2025 Example Daily</footer>
                </body></html>
                """);
        CliRun run = CliRun.of(kb, "add", page.toString(), "--as-of", "2026-05-01");
        assertEquals(0, run.status(), run.err());
        Path written = kb.resolve("claims/chips-all-the-way-down-2025-03-04.yaml");
        assertEquals(written.toString(), run.out().strip(), "the id comes from the page's title and publication date");
        LoadResult loaded = FactFiles.load(kb);
        assertEquals(List.of(), loaded.problems());
        var source = loaded.kb().source("chips-all-the-way-down-2025-03-04").orElseThrow();
        assertEquals("Chips all the way down", source.title(), "the site's name is not part of the title");
        assertEquals("https://daily.example.com/chips-interview", source.url());
        List<Claim> claims = loaded.kb().claims().stream().filter(c -> c.sourceId().equals(source.id())).toList();
        Claim answer = claims.stream().filter(c -> c.text().contains("$200 billion")).findFirst()
                .orElseThrow(() -> new AssertionError(claims));
        assertEquals("gavin-baker", answer.speaker(), "a bold label is a speaker's turn, as in Markdown");
        assertTrue(claims.stream().anyMatch(c -> c.question() && c.speaker().equals("pat-riley")), claims.toString());
        String yaml = Files.readString(written);
        assertTrue(yaml.contains("# CHECK: read as a web page"), "the reviewer is told how the page was read:\n" + yaml);
        for (String absent : List.of("9 million", "Rack prices", "99%", "crash 90%", "Home", "Example Daily", "<b>", "**", "&copy;")) {
            assertFalse(yaml.contains(absent), "scripts, asides, menus, comments, share bars, footers and markup stay out: " + absent + "\n" + yaml);
        }
    }

    @Test
    void aWebPageInTheCharsetItDeclaresIsRead() throws IOException {
        Path page = kb.resolve("sjis.html");
        Files.write(page, ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                + "<title>フアンCEOに聞く</title></head><body><article><h1>フアンCEOに聞く</h1>"
                + "<p>データセンターへの投資は2027年に年間1兆ドルに達するだろう。</p></article></body></html>")
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        CliRun run = CliRun.of(kb, "add", page.toString(), "--id", "sjis-page", "--as-of", "2026-05-01");
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(kb.resolve("claims/sjis-page.yaml")).contains("データセンターへの投資は2027年に年間1兆ドルに達するだろう。"));

        Path text = kb.resolve("sjis.txt"); // a text that declares nothing is still refused, not guessed
        Files.write(text, "データセンター".getBytes(java.nio.charset.Charset.forName("Shift_JIS")));
        CliRun refused = CliRun.of(kb, "add", text.toString(), "--as-of", "2026-05-01");
        assertEquals(2, refused.status());
        assertTrue(refused.err().contains("is not valid UTF-8 text"), refused.err());
    }

    @Test
    void aWebAddressIsNotAFile() {
        CliRun run = CliRun.of(kb, "add", "https://example.com/interview", "--as-of", "2026-05-01");
        assertEquals(2, run.status());
        assertTrue(run.err().strip().endsWith(": is a web address, not a file; save the page (HTML) or its transcript to a file and add that"),
                run.err());
    }

    @Test
    void aWebPageWithNoTextIsRefusedAndNothingIsWritten() throws IOException {
        Path page = kb.resolve("empty.html");
        Files.writeString(page, "<html><head><title>App</title><script>boot(\"Nvidia sold 9 GPUs\")</script></head>"
                + "<body><nav><a href=\"/\">Home</a></nav></body></html>");
        CliRun run = CliRun.of(kb, "add", page.toString(), "--as-of", "2026-05-01");
        assertEquals(2, run.status());
        assertEquals(page + ": is a web page with no text to draft from (only scripts, menus or metadata)", run.err().strip());
        try (Stream<Path> files = Files.list(kb.resolve("claims"))) {
            assertEquals(List.of("speakers.yaml"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void aCaptionFileIsReadAsTimedTurns() throws IOException {
        Path vtt = kb.resolve("episode.vtt");
        Files.writeString(vtt, """
                WEBVTT - Chips all the way down

                NOTE made by a speech-to-text service

                1
                0:00:01.000 --> 0:00:04.000
                <v Pat Riley>[Music] Welcome back. Today my guest is Gavin Baker.

                2
                0:00:04.500 --> 0:00:08.000
                <v Pat Riley>Nvidia sold $39 billion of chips last quarter.
                <v Pat Riley>How long can that last?

                3
                0:01:05.200 --> 0:01:09.000
                <v Gavin Baker>I think Nvidia will sell more than

                4
                0:01:09.100 --> 0:01:12.000
                <v Gavin Baker>$200 billion of chips next year.

                5
                0:01:12.100 --> 0:01:14.000
                <v Gavin Baker>$200 billion of chips next year.
                """);
        CliRun run = CliRun.of(kb, "add", vtt.toString(), "--id", "chips-vtt", "--as-of", "2026-05-01");
        assertEquals(0, run.status(), run.err());
        LoadResult loaded = FactFiles.load(kb);
        assertEquals(List.of(), loaded.problems());
        assertEquals("Chips all the way down", loaded.kb().source("chips-vtt").orElseThrow().title());
        List<Claim> claims = loaded.kb().claims().stream().filter(c -> c.sourceId().equals("chips-vtt")).toList();
        Claim answer = claims.stream().filter(c -> c.text().contains("$200 billion")).findFirst()
                .orElseThrow(() -> new AssertionError(claims));
        assertEquals("I think Nvidia will sell more than $200 billion of chips next year.", answer.text(),
                "a sentence split across cues is one sentence, and the repeated cue is not drafted again");
        assertEquals("gavin-baker", answer.speaker());
        assertEquals("01:05", answer.at(), "the time of the turn's first cue");
        Claim question = claims.stream().filter(Claim::question).findFirst().orElseThrow(() -> new AssertionError(claims));
        assertEquals("pat-riley", question.speaker());
        assertEquals(question.id(), answer.replyTo());
        assertEquals(1, claims.stream().filter(c -> c.text().contains("$200 billion")).count());
        String yaml = Files.readString(kb.resolve("claims/chips-vtt.yaml"));
        for (String absent : List.of("-->", "<v", "[Music]", "WEBVTT", "NOTE")) {
            assertFalse(yaml.contains(absent), absent + "\n" + yaml);
        }
    }

    @Test
    void rollingCaptionsAreReadOnce() throws IOException {
        Path vtt = kb.resolve("rolling.vtt");
        // YouTube's automatic captions: each line is shown twice, words carry their own times.
        Files.writeString(vtt, String.join("\n",
                "WEBVTT", "Kind: captions", "Language: en", "",
                "00:00:00.000 --> 00:00:02.000 align:start position:0%",
                "we<00:00:00.500><c> think</c><00:00:00.800><c> Nvidia</c>", "",
                "00:00:02.000 --> 00:00:02.010 align:start position:0%", "we think Nvidia", "",
                "00:00:02.010 --> 00:00:04.000 align:start position:0%", "we think Nvidia",
                "will<00:00:02.500><c> sell</c><00:00:03.000><c> $200</c>", "",
                "00:00:04.000 --> 00:00:04.010 align:start position:0%", "will sell $200", "",
                "00:00:04.010 --> 00:00:06.000 align:start position:0%", "will sell $200",
                "billion<00:00:04.500><c> of</c><00:00:05.000><c> chips</c> in 2027.", ""));
        CliRun run = CliRun.of(kb, "add", vtt.toString(), "--id", "rolling-vtt", "--as-of", "2026-05-01");
        assertEquals(0, run.status(), run.err());
        List<Claim> claims = FactFiles.load(kb).kb().claims().stream().filter(c -> c.sourceId().equals("rolling-vtt")).toList();
        assertEquals(List.of("we think Nvidia will sell $200 billion of chips in 2027."), claims.stream().map(Claim::text).toList());
    }

    @Test
    void anonymousVoicesInCaptionsAreLeftToTheReviewer() throws IOException {
        Path vtt = kb.resolve("panel.vtt");
        Files.writeString(vtt, """
                WEBVTT

                00:01.000 --> 00:04.000
                <v Speaker 1>Nvidia will ship 2 million GPUs in 2026.

                00:05.000 --> 00:08.000
                <v Speaker 2>Racks will weigh about 4,000 lb by 2027.

                00:09.000 --> 00:12.000
                <v Speaker 3>Liquid cooling will be standard by 2026.
                """);
        CliRun run = CliRun.of(kb, "add", vtt.toString(), "--id", "panel-vtt", "--as-of", "2026-05-01");
        assertEquals(0, run.status(), run.err());
        String yaml = Files.readString(kb.resolve("claims/panel-vtt.yaml"));
        assertTrue(yaml.contains("# CHECK: the captions' 3 voices are anonymous"), yaml);
        assertFalse(yaml.contains("Speaker 1"), yaml);
    }

    @Test
    void aCaptionFileWithNoWordsIsRefusedAndNothingIsWritten() throws IOException {
        Path srt = kb.resolve("music.srt");
        Files.writeString(srt, "1\n00:00:01,000 --> 00:00:04,000\n[Music]\n\n2\n00:00:04,000 --> 00:00:09,000\n♪ la la ♪\n");
        CliRun run = CliRun.of(kb, "add", srt.toString(), "--as-of", "2026-05-01");
        assertEquals(2, run.status());
        assertEquals(srt + ": is a caption file with no spoken text to draft from", run.err().strip());
        try (Stream<Path> files = Files.list(kb.resolve("claims"))) {
            assertEquals(List.of("speakers.yaml"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void anInterviewsQuestionsAndAnswersValidate() throws IOException {
        Path interview = kb.resolve("interview.md");
        Files.writeString(interview, """
                # Interview with Gavin Baker

                Guest: Gavin Baker

                PAT RILEY: Nvidia sold $39 billion of chips last quarter. How long can that last?

                GAVIN BAKER: I think Nvidia will sell more than $200 billion of chips next year, right? Demand keeps rising.
                """);
        CliRun run = CliRun.of(kb, "add", interview.toString(), "--id", "baker-interview", "--as-of", "2026-05-01");
        assertEquals(0, run.status(), run.err());
        LoadResult loaded = FactFiles.load(kb);
        assertEquals(List.of(), loaded.problems(), "a question with a number in its premise and an answer pointing to it validate");
        List<Claim> claims = loaded.kb().claims().stream().filter(c -> c.sourceId().equals("baker-interview")).toList();
        Claim question = claims.stream().filter(Claim::question).findFirst().orElseThrow(() -> new AssertionError(claims));
        assertEquals("pat-riley", question.speaker());
        assertEquals(null, question.quantity());
        Claim answer = claims.stream().filter(c -> c.text().contains("$200 billion")).findFirst().orElseThrow();
        assertEquals(question.id(), answer.replyTo());
        assertEquals("gavin-baker", answer.speaker());
        assertTrue(Files.readString(kb.resolve("claims/baker-interview.yaml")).contains("reply_to:"));
    }

    @Test
    void refusesToOverwriteWithoutForce() throws IOException {
        assertEquals(0, CliRun.of(kb, "add", transcript.toString()).status());
        Path written = kb.resolve("claims/racks-and-margins-2025-02-03.yaml");
        Files.writeString(written, Files.readString(written) + "# reviewed by hand\n");

        CliRun again = CliRun.of(kb, "add", transcript.toString());
        assertEquals(2, again.status());
        assertTrue(again.err().contains(written + ": already exists; use --force"), again.err());
        assertTrue(Files.readString(written).contains("# reviewed by hand"), "the file is untouched");

        CliRun forced = CliRun.of(kb, "add", transcript.toString(), "--force");
        assertEquals(0, forced.status(), forced.err());
        assertFalse(Files.readString(written).contains("# reviewed by hand"));
        assertEquals(List.of(), FactFiles.load(kb).problems(), "the new-speaker declarations come back with --force");
        assertEquals(List.of(), leftovers(), "no temporary files remain");
    }

    @Test
    void explicitIdAndJson() throws IOException {
        CliRun run = CliRun.of(kb, "add", transcript.toString(), "--id", "my-episode", "--json");
        assertEquals(0, run.status(), run.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
        assertTrue(json.has("path"), run.out());
        assertEquals("my-episode", json.get("source").asText(), run.out());
        assertTrue(Files.exists(kb.resolve("claims/my-episode.yaml")));

        CliRun bad = CliRun.of(kb, "add", transcript.toString(), "--id", "My Episode");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("not a kebab-case id"), bad.err());
    }

    @Test
    void badInputGetsAMessageAndWritesNothing() throws IOException {
        Path empty = Files.writeString(kb.resolve("empty.md"), "  \n\n");
        Path binary = Files.write(kb.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2});
        Path latin1 = Files.write(kb.resolve("latin1.txt"), "Caf\u00e9 sold 3,000 lb.".getBytes(StandardCharsets.ISO_8859_1));
        Path badYaml = Files.writeString(kb.resolve("bad.md"), "---\ntitle: [unclosed\ndate: 2025-01-01\n---\nText with 5% growth.\n");
        Path missing = kb.resolve("nope.md");
        List<String[]> cases = List.of(
                new String[] {missing.toString(), "no such file"},
                new String[] {empty.toString(), "is empty"},
                new String[] {binary.toString(), "binary file"},
                new String[] {latin1.toString(), "not valid UTF-8"},
                new String[] {badYaml.toString(), "front matter is not valid YAML"});
        for (String[] c : cases) {
            CliRun run = CliRun.of(kb, "add", c[0]);
            assertEquals(2, run.status(), c[0] + ": " + run.err());
            assertTrue(run.err().startsWith(c[0] + ":"), run.err());
            assertTrue(run.err().contains(c[1]), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
            assertEquals(1, run.err().lines().count(), "one line per problem: " + run.err());
            assertFalse(run.err().contains("in 'reader'"), run.err());
        }
        try (Stream<Path> files = Files.list(kb.resolve("claims"))) {
            assertEquals(List.of("speakers.yaml"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void utf16WithByteOrderMarkAndNoFrontMatter() throws IOException {
        byte[] text = "# Notes on NVIDIA\n\nNvidia expects revenue of $50 billion next year.\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Path f = Files.write(kb.resolve("notes.txt"), withBom);
        CliRun run = CliRun.of(kb, "add", f.toString(), "--as-of", "2026-05-01");
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("no date in the transcript"), run.err());
        assertTrue(Files.exists(kb.resolve("claims/notes-on-nvidia-2026-05-01.yaml")));
        assertEquals(List.of(), FactFiles.load(kb).problems());
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(kb.resolve("claims"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        }
    }
}
