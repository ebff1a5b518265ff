package org.claimskb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Broken and hostile fact files, each added alone to a small valid KB: every one gives the
 * expected exit status from {@code claims validate}, names its file and line, prints no stack
 * trace and no parser internals, stays one line per problem, and leaves every valid claim
 * answering {@code claims search}.
 */
class BadInputTest {
    static final String SPEAKERS = """
            speakers:
              - id: gavin-baker
                name: Gavin Baker
                regime: bounded
                interests:
                  - {entity: nvidia, kind: investor, basis: fund holds shares}
              - id: jensen-huang
                name: Jensen Huang
                regime: bounded
            """;
    static final String ENTITIES = """
            entities:
              - {id: nvidia, name: NVIDIA, kind: company}
              - {id: google, name: Google, kind: company}
              - {id: google-tpu, name: Google TPU, aliases: [TPU], kind: product, part_of: google}
            """;
    static final String PROPOSITIONS = """
            propositions:
              - id: tpu-competitive
                statement: TPUs compete with GPUs.
            """;
    static final String BAKER = """
            source:
              id: baker-2025
              kind: summary
              date: 2025-12-09
              speakers: [gavin-baker]
            claims:
              - id: rack-weight
                speaker: gavin-baker
                kind: statistic
                text: Blackwell racks weigh about 3,000 lb.
                quantity: {subject: blackwell-rack, metric: weight, value: 3000, unit: lb}
              - id: rack-weight-before
                speaker: gavin-baker
                kind: statistic
                text: Racks weighed about 1,000 lb before.
                quantity: {subject: hopper-rack, metric: weight, value: 1000, unit: lb}
              - id: tpu-cheapest
                speaker: gavin-baker
                kind: opinion
                text: TPUs are the cheapest way to run inference.
                stance: {proposition: tpu-competitive, position: for}
                topics: [google-tpu]
                favors: [google]
            """;
    static final String HUANG = """
            source: {id: huang-2026, kind: transcript, date: 2026-03, speakers: [jensen-huang]}
            claims:
              - id: demand
                speaker: jensen-huang
                kind: prediction
                text: Training demand keeps growing through 2027.
                due: 2027-12-31
                favors: [nvidia]
            """;
    static final List<String> GOOD_CLAIMS = List.of("baker-2025/rack-weight", "baker-2025/rack-weight-before",
            "baker-2025/tpu-cheapest", "huang-2026/demand");

    /** A source header for a new file whose claims are by Gavin Baker. */
    static final String NEW_SOURCE = "source: {id: new-src, kind: article, date: 2026-01, speakers: [gavin-baker]}\n";
    static final String GOOD_NEW_CLAIM = "  - {id: fine, speaker: gavin-baker, kind: opinion, text: This one is fine.}\n";

    /**
     * One broken file: its name under claims/, its bytes, the status validate must give, the line
     * the problem must be reported at (0: no problem expected), a fragment of the message, and
     * claims of the new file that must still load next to the good ones (item-level skipping).
     */
    record Case(String name, String file, byte[] content, int status, int line, String fragment, List<String> alsoLoads) {
        Case expectLoads(String... ids) {
            return new Case(name, file, content, status, line, fragment, List.of(ids));
        }
    }

    static Case bad(String name, String file, String content, int line, String fragment) {
        return new Case(name, file, content.getBytes(StandardCharsets.UTF_8), 2, line, fragment, List.of());
    }

    static Case badBytes(String name, String file, byte[] content, int line, String fragment) {
        return new Case(name, file, content, 2, line, fragment, List.of());
    }

    static Case legal(String name, String file, String content) {
        return new Case(name, file, content.getBytes(StandardCharsets.UTF_8), 0, 0, null, List.of());
    }

    static List<Case> cases() {
        var c = new ArrayList<Case>();
        // --- bombs and limits
        c.add(bad("billion laughs", "lol.yaml", """
                a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
                b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
                c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
                d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
                e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
                f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
                g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
                h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]
                i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]
                """, 1, "unknown field 'a' at the top level"));
        c.add(bad("aliases inside a section", "alias-claims.yaml", NEW_SOURCE + """
                claims:
                  - &one {id: a1, speaker: gavin-baker, kind: opinion, text: Aliased.}
                  - *one
                """, 4, "claims[1]").expectLoads("new-src/a1"));
        c.add(bad("undefined alias", "undefined-alias.yaml", "speakers: *nowhere\n", 1, "'speakers' must be a list"));
        c.add(bad("YAML nested 3,000 deep", "deep.yaml", "speakers: " + "[".repeat(3000) + "]".repeat(3000) + "\n",
                1, "nested too deeply"));
        c.add(bad("JSON nested 5,000 deep", "deep.json", "{\"speakers\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
                1, "nested too deeply"));
        c.add(bad("JSON nested objects 2,000 deep", "deep-objects.json",
                "{\"speakers\": " + "{\"a\": ".repeat(2000) + "1" + "}".repeat(2000) + "}", 1, "nested too deeply"));
        c.add(bad("two documents", "two-docs.yaml", "propositions: []\n---\nspeakers: []\n", 3, "only one document"));
        c.add(bad("a 100 KB id", "long-id.yaml", NEW_SOURCE + "claims:\n  - {id: long, speaker: " + "x".repeat(100_000)
                + ", kind: opinion, text: Long.}\n" + GOOD_NEW_CLAIM, 3, "unknown speaker 'xxxxxxxx").expectLoads("new-src/fine"));
        c.add(bad("a 100 KB key", "long-key.yaml", "x".repeat(100_000) + ": 1\n", 1, "YAML syntax error"));
        c.add(bad("a 1 KB unknown section", "kb-key.yaml", "x".repeat(1_000) + ": 1\n", 1, "unknown field 'xxxx"));
        // --- tags
        c.add(legal("binary tag on text", "binary-tag.yaml", NEW_SOURCE
                + "claims:\n  - {id: b, speaker: gavin-baker, kind: opinion, text: !!binary aGVsbG8=}\n").expectLoads("new-src/b"));
        c.add(legal("python tag is plain text", "python-tag.yaml", NEW_SOURCE
                + "claims:\n  - {id: p, speaker: gavin-baker, kind: opinion, text: !!python/object:os.system ls}\n")
                .expectLoads("new-src/p"));
        c.add(bad("timestamp tag on a date", "timestamp-tag.yaml", NEW_SOURCE
                + "claims:\n  - {id: t, speaker: gavin-baker, kind: prediction, text: Soon., due: !!timestamp 2026-13-40}\n"
                + GOOD_NEW_CLAIM, 3, "is not a real date").expectLoads("new-src/fine"));
        c.add(bad("custom tag on an integer id", "int-tag.yaml", NEW_SOURCE
                + "claims:\n  - {id: !!int 12, speaker: gavin-baker, kind: opinion, text: Twelve.}\n" + GOOD_NEW_CLAIM,
                3, "'id' must be a string").expectLoads("new-src/fine"));
        // --- encodings
        c.add(badBytes("Latin-1", "latin1.yaml", bytes("propositions:\n  - {id: caf\u00e9, statement: x}\n", "ISO-8859-1"),
                1, "not UTF-8"));
        c.add(badBytes("UTF-16 LE with BOM", "utf16le.yaml", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                bytes("propositions: []\n", "UTF-16LE")), 1, "UTF-16"));
        c.add(badBytes("UTF-16 BE with BOM", "utf16be.yaml", concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                bytes("propositions: []\n", "UTF-16BE")), 1, "UTF-16"));
        c.add(badBytes("UTF-16 without BOM", "utf16.yaml", bytes("propositions: []\n", "UTF-16LE"), 1, "NUL bytes"));
        c.add(badBytes("NUL in the middle", "nul.yaml", bytes("propositions: []\n\0\n", "UTF-8"), 1, "binary file"));
        c.add(badBytes("overlong UTF-8", "overlong.yaml", concat(bytes("propositions: []\n# ", "UTF-8"),
                new byte[] {(byte) 0xC0, (byte) 0xAF, '\n'}), 1, "not UTF-8"));
        c.add(badBytes("encoded surrogate", "surrogate.yaml", concat(bytes("propositions: []\n# ", "UTF-8"),
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}), 1, "not UTF-8"));
        c.add(new Case("UTF-8 BOM is fine", "bom.yaml", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bytes(NEW_SOURCE + "claims:\n" + GOOD_NEW_CLAIM, "UTF-8")), 0, 0, null, List.of("new-src/fine")));
        c.add(bad("control character", "bell.yaml", "propositions:\n  - {id: p, statement: \"a\u0007b\"}\n", 2, "a control character"));
        c.add(bad("tab indentation", "tabs.yaml", "propositions:\n\t- {id: p, statement: x}\n", 2, "YAML syntax error"));
        // --- shapes
        c.add(bad("speakers as a mapping", "speakers-map.yaml", "speakers:\n  dylan-patel:\n    name: Dylan Patel\n",
                2, "'speakers' must be a list"));
        c.add(bad("claims as a mapping", "claims-map.yaml", NEW_SOURCE + "claims:\n  fine:\n    speaker: gavin-baker\n",
                3, "'claims' must be a list"));
        c.add(bad("entities as a mapping", "entities-map.yaml", "entities:\n  amd: {name: AMD}\n", 2, "'entities' must be a list"));
        c.add(bad("propositions as a mapping", "propositions-map.yaml", "propositions:\n  p: {statement: x}\n",
                2, "'propositions' must be a list"));
        c.add(bad("resolutions as a mapping", "resolutions-map.yaml", "resolutions:\n  r: {claim: huang-2026/demand}\n",
                2, "'resolutions' must be a list"));
        c.add(bad("JSON claims {}", "claims-obj.json", "{\"source\": {\"id\": \"j\", \"kind\": \"article\", \"date\": \"2026\"},\n"
                + " \"claims\": {}}", 2, "'claims' must be a list"));
        c.add(bad("speakers as a scalar", "speakers-scalar.yaml", "speakers: gavin-baker\n", 1, "'speakers' must be a list"));
        c.add(bad("source as a list", "source-list.yaml", "source:\n  - id: x\n", 2, "'source' must be a mapping"));
        c.add(bad("source as a scalar", "source-scalar.yaml", "source: baker-2025\n", 1, "'source' must be a mapping"));
        c.add(bad("document is a list", "list.yaml", "- a\n- b\n", 1, "a fact file must be a mapping"));
        c.add(bad("document is a scalar", "scalar.yaml", "just words\n", 1, "a fact file must be a mapping"));
        c.add(bad("a claim that is a scalar", "claim-scalar.yaml", NEW_SOURCE + "claims:\n  - just a sentence\n" + GOOD_NEW_CLAIM,
                3, "must be a mapping").expectLoads("new-src/fine"));
        c.add(bad("quantity as a scalar", "quantity-scalar.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: q, speaker: gavin-baker, kind: statistic, text: Q., quantity: 3000}\n" + GOOD_NEW_CLAIM,
                3, "'quantity' must be a mapping").expectLoads("new-src/fine"));
        c.add(bad("stance as a scalar", "stance-scalar.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: s, speaker: gavin-baker, kind: opinion, text: S., stance: for}\n" + GOOD_NEW_CLAIM,
                3, "'stance' must be").expectLoads("new-src/fine"));
        c.add(bad("interests as a mapping", "interests-map.yaml",
                "speakers:\n  - id: dylan-patel\n    name: Dylan Patel\n    interests: {entity: nvidia}\n", 4, "'interests' must be a list"));
        c.add(bad("a speaker entry that is a list", "speaker-list.yaml", "speakers:\n  - [a, b]\n", 2, "must be a mapping"));
        c.add(legal("empty file", "empty.yaml", ""));
        c.add(legal("only ---", "dashes.yaml", "---\n"));
        c.add(legal("only --- and ...", "dots.yaml", "---\n...\n"));
        c.add(legal("only comments", "comments.yaml", "# nothing here yet\n"));
        c.add(legal("null document", "null.yaml", "~\n"));
        c.add(legal("empty JSON object", "empty.json", "{}"));
        c.add(legal("empty JSON file", "empty-file.json", ""));
        // --- numbers
        c.add(bad("1e400", "e400.yaml", NEW_SOURCE + "claims:\n  - id: big\n    speaker: gavin-baker\n    kind: statistic\n"
                + "    text: Big.\n    quantity: {subject: s, metric: weight, value: 1e400, unit: lb}\n" + GOOD_NEW_CLAIM,
                7, "number too large").expectLoads("new-src/fine"));
        c.add(bad("400-digit integer", "digits.yaml", NEW_SOURCE + "claims:\n  - id: big\n    speaker: gavin-baker\n"
                + "    kind: statistic\n    text: Big.\n    quantity: {subject: s, metric: weight, value: " + "9".repeat(400)
                + ", unit: lb}\n" + GOOD_NEW_CLAIM, 7, "number too large").expectLoads("new-src/fine"));
        c.add(bad(".inf", "inf.yaml", NEW_SOURCE + "claims:\n  - id: i\n    speaker: gavin-baker\n    kind: statistic\n"
                + "    text: Inf.\n    quantity: {subject: s, metric: weight, value: .inf, unit: lb}\n", 7, "not a finite number"));
        c.add(bad(".nan", "nan.yaml", "claims:\n  - {probability: .nan}\n", 2, "not a finite number"));
        c.add(bad("JSON NaN", "nan.json", "{\"propositions\": [{\"id\": \"p\", \"statement\": \"s\", \"x\": NaN}]}", 1,
                "not a finite number"));
        c.add(bad("JSON -Infinity", "inf.json", "{\"propositions\":\n [{\"id\": \"p\", \"statement\": -Infinity}]}", 2,
                "not a finite number"));
        c.add(bad("JSON 2,000-digit number", "digits.json", "{\"propositions\": [{\"id\": \"p\", \"statement\": "
                + "1".repeat(2000) + "}]}", 1, "number too large"));
        c.add(bad("probability 1e400", "probability.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: p, speaker: gavin-baker, kind: prediction, text: P., probability: 1e400}\n" + GOOD_NEW_CLAIM,
                3, "number too large").expectLoads("new-src/fine"));
        c.add(bad("probability above 1", "probability-range.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: p, speaker: gavin-baker, kind: prediction, text: P., probability: 1.5}\n" + GOOD_NEW_CLAIM,
                3, "out of range").expectLoads("new-src/fine"));
        // --- references
        c.add(bad("unknown speaker", "unknown-speaker.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: u, speaker: gavin-bakr, kind: opinion, text: U.}\n" + GOOD_NEW_CLAIM, 3,
                "unknown speaker 'gavin-bakr' (did you mean 'gavin-baker'?)").expectLoads("new-src/fine"));
        c.add(bad("unknown entity", "unknown-entity.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: u, speaker: gavin-baker, kind: opinion, text: U., favors: [nvidai]}\n" + GOOD_NEW_CLAIM, 3,
                "unknown entity 'nvidai'").expectLoads("new-src/fine"));
        c.add(bad("unknown proposition", "unknown-proposition.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: u, speaker: gavin-baker, kind: opinion, text: U., stance: {proposition: nope, position: for}}\n"
                + GOOD_NEW_CLAIM, 3, "unknown proposition 'nope'").expectLoads("new-src/fine"));
        c.add(bad("about an unknown claim", "unknown-about.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: u, speaker: gavin-baker, kind: analysis, text: U., about: huang-2026/demnd, assessment: disputes}\n"
                + GOOD_NEW_CLAIM, 3, "unknown claim 'huang-2026/demnd'").expectLoads("new-src/fine"));
        c.add(bad("reply_to a claim that is not a question", "reply.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: u, speaker: gavin-baker, kind: opinion, text: U., reply_to: fine}\n" + GOOD_NEW_CLAIM, 3,
                "'reply_to' must name a question").expectLoads("new-src/fine"));
        c.add(bad("resolution of an unknown claim", "resolutions.yaml", """
                resolutions:
                  - {claim: huang-2026/demand, outcome: partly, date: 2026-06}
                  - {claim: huang-2026/nothing, outcome: true}
                """, 3, "unknown claim 'huang-2026/nothing'"));
        c.add(bad("speaker not listed by the source", "unlisted.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: u, speaker: jensen-huang, kind: opinion, text: U.}\n" + GOOD_NEW_CLAIM, 3,
                "is not listed in the source's speakers").expectLoads("new-src/fine"));
        c.add(bad("claims without a source", "no-source.yaml", "claims:\n  - {id: x, speaker: gavin-baker, kind: opinion, text: X.}\n",
                1, "claims need a 'source' section"));
        c.add(bad("a claim depending on a skipped speaker", "dependent.yaml", """
                speakers:
                  - {id: dylan-patel, name: Dylan Patel, regime: sometimes}
                source: {id: dep, kind: article, date: 2026, speakers: [gavin-baker]}
                claims:
                  - {id: ok, speaker: gavin-baker, kind: opinion, text: Fine.}
                """, 2, "'regime' must be one of").expectLoads("dep/ok"));
        // --- the KB keeps what it had
        c.add(bad("nvidia defined again", "aa-entities.yaml", "entities:\n  - {id: nvidia, name: Nvidia again, kind: company}\n"
                + "  - {id: amd, name: AMD, kind: company}\n", 2, "duplicate entity id 'nvidia' (first defined at claims/entities.yaml:2)"));
        c.add(bad("gavin-baker defined again", "aa-speakers.yaml", "speakers:\n  - {id: gavin-baker, name: Someone Else}\n", 2,
                "duplicate speaker id 'gavin-baker' (first defined at claims/speakers.yaml:2)"));
        c.add(bad("a source id taken", "aa-baker.yaml", "source: {id: baker-2025, kind: article, date: 2026, speakers: [gavin-baker]}\n"
                + "claims:\n  - {id: rack-weight, speaker: gavin-baker, kind: opinion, text: Impostor.}\n", 1,
                "duplicate source id 'baker-2025' (first defined at claims/baker.yaml:2)"));
        c.add(bad("a proposition defined again", "aa-propositions.yaml",
                "propositions:\n  - {id: tpu-competitive, statement: Something else.}\n", 2, "duplicate proposition id 'tpu-competitive'"));
        c.add(bad("duplicate claim ids in one file", "dup-claims.yaml", NEW_SOURCE + "claims:\n" + GOOD_NEW_CLAIM
                + "  - {id: fine, speaker: gavin-baker, kind: fact, text: Again.}\n", 4, "duplicate claim id 'fine' in this file")
                .expectLoads("new-src/fine"));
        c.add(bad("weight in furlongs", "aa-furlongs.yaml", NEW_SOURCE + "claims:\n  - id: f\n    speaker: gavin-baker\n"
                + "    kind: statistic\n    text: F.\n    quantity: {subject: s, metric: weight, value: 3, unit: furlongs}\n"
                + GOOD_NEW_CLAIM, 7, "unit 'furlongs' of metric 'weight' cannot be converted to 'lb'").expectLoads("new-src/fine"));
        c.add(bad("weight in kW", "aa-kw.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: k, speaker: gavin-baker, kind: statistic, text: K., quantity: {subject: s, metric: weight, value: 3, unit: kW}}\n",
                3, "cannot be converted to 'lb'"));
        c.add(bad("part_of itself", "self-part.yaml", "entities:\n  - {id: ouroboros, name: O, part_of: ouroboros}\n", 2,
                "'part_of' forms a cycle: ouroboros → ouroboros"));
        c.add(bad("part_of cycle of two", "cycle.yaml", "entities:\n  - {id: a-co, name: A, part_of: b-co}\n"
                + "  - {id: b-co, name: B, part_of: a-co}\n", 3, "'part_of' forms a cycle"));
        // --- dates
        c.add(bad("month 13", "month13.yaml", "source: {id: m13, kind: article, date: 2025-13-01, speakers: [gavin-baker]}\n",
                1, "'2025-13-01' is not a real date"));
        c.add(bad("February 30", "feb30.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: d, speaker: gavin-baker, kind: prediction, text: D., due: 2026-02-30}\n" + GOOD_NEW_CLAIM,
                3, "'2026-02-30' is not a real date").expectLoads("new-src/fine"));
        c.add(bad("a date in words", "yesterday.yaml", "source: {id: y, kind: article, date: yesterday}\n", 1, "is not a date"));
        c.add(bad("a date as a big integer", "int-date.yaml", "source: {id: y, kind: article, date: 20250101}\n", 1, "out of range"));
        c.add(bad("due on an opinion", "due.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: d, speaker: gavin-baker, kind: opinion, text: D., due: 2027}\n" + GOOD_NEW_CLAIM, 3,
                "'due' is only for predictions").expectLoads("new-src/fine"));
        // --- everything else
        c.add(bad("unknown section", "typo-section.yaml", NEW_SOURCE + "claimz:\n" + GOOD_NEW_CLAIM, 2,
                "unknown field 'claimz' at the top level (did you mean 'claims'?)"));
        c.add(bad("duplicate key in a claim", "dup-key.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: k, speaker: gavin-baker, kind: opinion, text: K., text: Again.}\n" + GOOD_NEW_CLAIM, 3,
                "duplicate key 'text'").expectLoads("new-src/fine"));
        c.add(bad("a question with a stance", "question.yaml", NEW_SOURCE + "claims:\n  - {id: q, speaker: gavin-baker, kind: question,"
                + " text: \"Is it?\", stance: {proposition: tpu-competitive, position: for}}\n" + GOOD_NEW_CLAIM, 3,
                "a question argues nothing").expectLoads("new-src/fine"));
        c.add(bad("misspelled field", "typo-field.yaml", NEW_SOURCE + "claims:\n"
                + "  - {id: t, speakr: gavin-baker, kind: opinion, text: T.}\n" + GOOD_NEW_CLAIM, 3,
                "unknown field 'speakr' in 'claims[0]' (did you mean 'speaker'?)").expectLoads("new-src/fine"));
        c.add(bad("a complex key", "complex-key.yaml", "? [a, b]\n: c\n", 1, "a key must be plain text"));
        c.add(bad("JSON single quotes", "quotes.json", "{'speakers': []}", 1, "JSON syntax error"));
        c.add(bad("JSON cut short", "short.json", "{\"speakers\": [\n", 2, "JSON syntax error"));
        c.add(bad("JSON trailing garbage", "garbage.json", "{\"speakers\": []} x", 1, "JSON syntax error"));
        c.add(bad("YAML unclosed flow", "unclosed.yaml", "speakers: [\n  - id: x\n", 2, "YAML syntax error"));
        c.add(bad("YAML unclosed quote", "quote.yaml", "propositions:\n  - {id: p, statement: \"never closed}\n", 3,
                "YAML syntax error"));
        c.add(bad("a newline in the file name", "bad\nname.yaml", "speakers: [\n", 2, "YAML syntax error"));
        c.add(bad("enum misspelled", "enum.yaml", NEW_SOURCE + "claims:\n  - {id: e, speaker: gavin-baker, kind: opinon, text: E.}\n"
                + GOOD_NEW_CLAIM, 3, "(did you mean 'opinion'?)").expectLoads("new-src/fine"));
        c.add(bad("empty required text", "empty-text.yaml", NEW_SOURCE + "claims:\n  - {id: e, speaker: gavin-baker, kind: fact, text: ''}\n"
                + GOOD_NEW_CLAIM, 3, "'text' must not be empty").expectLoads("new-src/fine"));
        return c;
    }

    @TestFactory
    Stream<DynamicTest> eachBrokenFileIsReportedAtItsLineAndTheRestStillAnswers() {
        List<Case> all = cases();
        assertTrue(all.size() >= 60, "at least 60 broken files: " + all.size());
        return all.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private static void check(Case c) throws IOException {
        Path kb = Files.createTempDirectory("claims-bad-input");
        try {
            writeKb(kb);
            Files.write(kb.resolve("claims").resolve(c.file()), c.content());
            CliRun validate = CliRun.of(kb, "validate");
            assertEquals(c.status(), validate.status(), c.name() + ": " + validate.err());
            String shown = "claims/" + c.file().replace("\n", "\\n");
            if (c.status() == 2) {
                String at = shown + ":" + c.line() + ":";
                assertTrue(validate.err().lines().anyMatch(l -> l.startsWith(at) && l.contains(c.fragment())),
                        c.name() + ": expected a line starting '" + at + "' with '" + c.fragment() + "' in:\n" + validate.err());
            } else {
                assertFalse(validate.err().contains(shown), validate.err());
            }
            plain(c, validate);
            CliRun search = CliRun.of(kb, "search", "--json", "--limit", "1000");
            assertEquals(0, search.status(), c.name() + ": " + search.err());
            plain(c, search);
            Set<String> found = ids(search.out());
            for (String id : GOOD_CLAIMS) {
                assertTrue(found.contains(id), c.name() + ": the valid claim " + id + " is missing: " + found);
            }
            for (String id : c.alsoLoads()) {
                assertTrue(found.contains(id), c.name() + ": the sound claim " + id + " of the broken file is missing: " + found);
            }
        } finally {
            deleteTree(kb);
        }
    }

    /** No trace, no parser internals, one line per problem: every line short and free of Java names. */
    static void plain(Case c, CliRun run) {
        for (String text : List.of(run.out(), run.err())) {
            for (String banned : List.of("\tat ", "Exception", "Error:", "java.", "com.fasterxml", "org.yaml", "Constraints",
                    "Feature", "REDACTED", "[Source:", "internal error")) {
                assertFalse(text.contains(banned), c.name() + ": '" + banned + "' in output:\n" + cut(text));
            }
        }
        run.err().lines().forEach(l -> assertTrue(l.length() <= 500, c.name() + ": a line of " + l.length()
                + " characters: " + cut(l)));
    }

    static String cut(String s) {
        return s.length() > 2000 ? s.substring(0, 2000) + "…" : s;
    }

    static Set<String> ids(String json) throws IOException {
        JsonNode doc = new ObjectMapper().readTree(json);
        var ids = new TreeSet<String>();
        doc.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }

    static void writeKb(Path kb) throws IOException {
        Path claims = Files.createDirectories(kb.resolve("claims"));
        FileTime old = FileTime.fromMillis(1_600_000_000_000L);
        for (var f : List.of(List.of("speakers.yaml", SPEAKERS), List.of("entities.yaml", ENTITIES),
                List.of("propositions.yaml", PROPOSITIONS), List.of("baker.yaml", BAKER), List.of("huang.yaml", HUANG))) {
            Path p = claims.resolve(f.get(0));
            Files.writeString(p, f.get(1));
            Files.setLastModifiedTime(p, old); // the KB had these long before any new file
        }
    }

    // ------------------------------------------------------------------ inputs that are not fact files

    private static CliRun inKb(CliRunAction action) throws IOException {
        Path kb = Files.createTempDirectory("claims-bad-input");
        try {
            writeKb(kb);
            return action.run(kb);
        } finally {
            deleteTree(kb);
        }
    }

    interface CliRunAction {
        CliRun run(Path kb) throws IOException;
    }

    private static void userMistake(String name, CliRun run, String fragment) {
        Case c = new Case(name, "", new byte[0], 2, 1, fragment, List.of());
        assertEquals(2, run.status(), name + ": " + run.err());
        assertTrue(run.err().contains(fragment), name + ": " + run.err());
        plain(c, run);
    }

    @org.junit.jupiter.api.Test
    void queriesNestedOrLongBeyondReasonAreRefusedInOneLine() throws IOException {
        String nested = "(".repeat(4000) + "rack" + ")".repeat(4000);
        CliRun deep = inKb(kb -> CliRun.of(kb, "search", nested));
        userMistake("4,000 parentheses", deep, "the query nests parentheses too deeply: 4000 levels");
        String huge = "rack ".repeat(20_000);
        CliRun longQuery = inKb(kb -> CliRun.of(kb, "search", huge));
        userMistake("100 KB query", longQuery, "the query is too long: 100000 characters");
        assertTrue(longQuery.err().length() < 500, "the query is not echoed: " + longQuery.err().length());
        CliRun syntax = inKb(kb -> CliRun.of(kb, "search", "rack AND (" + "x".repeat(1500)));
        userMistake("bad syntax in a long query", syntax, "bad query syntax in 'rack AND (xxx");
        assertTrue(syntax.err().length() < 600, syntax.err());
        CliRun fine = inKb(kb -> CliRun.of(kb, "search", "((rack) OR (TPU))"));
        assertEquals(0, fine.status(), fine.err());
        assertTrue(fine.out().contains("baker-2025/rack-weight"), fine.out());
    }

    @org.junit.jupiter.api.Test
    void userMistakesOnTheCommandLineExit2() throws IOException {
        userMistake("report --out a file", inKb(kb -> {
            Path file = Files.writeString(kb.resolve("taken.txt"), "mine");
            CliRun run = CliRun.of(kb, "report", "--format", "json", "--out", file.toString());
            assertEquals("mine", Files.readString(file), "the file is left alone");
            return run;
        }), "is a file, not a folder");
        userMistake("report --out inside a file", inKb(kb -> {
            Path file = Files.writeString(kb.resolve("taken.txt"), "mine");
            return CliRun.of(kb, "report", "--format", "json", "--out", file.resolve("sub").toString());
        }), "cannot write into");
        userMistake("add --id speakers --force", inKb(kb -> {
            Path transcript = Files.writeString(kb.resolve("t.md"), "# Talk\n\nGavin Baker: Racks weigh 3,000 lb.\n");
            CliRun run = CliRun.of(kb, "add", transcript.toString(), "--id", "speakers", "--force");
            assertEquals(SPEAKERS, Files.readString(kb.resolve("claims/speakers.yaml")), "the registry is left alone");
            return run;
        }), "--id 'speakers' names claims/speakers.yaml, which holds no source");
        userMistake("--as-of not a date", inKb(kb -> CliRun.of(kb, "search", "rack", "--as-of", "next-tuesday")),
                "expected a date like 2026-12-01 (year-month-day), found 'next-tuesday'");
        userMistake("--limit not a number", inKb(kb -> CliRun.of(kb, "search", "rack", "--limit", "lots")),
                "expected a whole number like 20, found 'lots'");
        userMistake("--min-credibility NaN", inKb(kb -> CliRun.of(kb, "search", "rack", "--min-credibility", "NaN")),
                "expected a number like 0.5, found 'NaN'");
        userMistake("validate a missing file", inKb(kb -> CliRun.of(kb, "validate", kb.resolve("nope.yaml").toString())),
                "nope.yaml:1:1: no such file");
    }

    @org.junit.jupiter.api.Test
    void aLinkToAFileOutsideTheKbIsNotRead() throws IOException {
        Path outside = Files.createTempFile("claims-secret", ".txt");
        Files.writeString(outside, "root:x:0:0:root:/root:/bin/bash\nsecret-line-two\n");
        try {
            CliRun run = inKb(kb -> {
                Files.createSymbolicLink(kb.resolve("claims/passwd.yaml"), outside);
                return CliRun.of(kb, "validate");
            });
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().contains("claims/passwd.yaml:1:1: a link to a file outside the KB root; not read"), run.err());
            assertFalse(run.err().contains("root:x") || run.err().contains("secret-line-two"), run.err());
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @org.junit.jupiter.api.Test
    void gitCommitOrderDecidesWhichDefinitionTheKbKeeps() throws Exception {
        Path kb = Files.createTempDirectory("claims-git-order");
        try {
            writeKb(kb);
            git(kb, "init", "-q");
            git(kb, "add", ".");
            git(kb, "commit", "-q", "-m", "the KB");
            // Committed later, but modified "earlier" and first in path order: git still says it is the newcomer.
            Path newcomer = kb.resolve("claims/aa-entities.yaml");
            Files.writeString(newcomer, "entities:\n  - {id: nvidia, name: Not NVIDIA, kind: company}\n");
            Files.setLastModifiedTime(newcomer, FileTime.fromMillis(1_000_000_000_000L));
            git(kb, "add", ".");
            git(kb, "commit", "-q", "-m", "a newcomer");
            CliRun run = CliRun.of(kb, "validate");
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().contains("claims/aa-entities.yaml:2:10: duplicate entity id 'nvidia' (first defined at claims/entities.yaml:2)"),
                    run.err());
            // Not yet committed at all: newer than anything committed, whatever its modification time.
            Path uncommitted = kb.resolve("claims/ab-speakers.yaml");
            Files.writeString(uncommitted, "speakers:\n  - {id: jensen-huang, name: Someone}\n");
            Files.setLastModifiedTime(uncommitted, FileTime.fromMillis(1_000_000_000_000L));
            CliRun second = CliRun.of(kb, "validate");
            assertTrue(second.err().contains("claims/ab-speakers.yaml:2:10: duplicate speaker id 'jensen-huang'"), second.err());
            CliRun search = CliRun.of(kb, "search", "--json", "--limit", "1000");
            assertTrue(ids(search.out()).containsAll(GOOD_CLAIMS), search.out());
        } finally {
            deleteTree(kb);
        }
    }

    @org.junit.jupiter.api.Test
    void withoutGitTheOlderModificationTimeWins() throws Exception {
        Path kb = Files.createTempDirectory("claims-mtime-order");
        try {
            writeKb(kb);
            Path older = kb.resolve("claims/zz-entities.yaml");
            Files.writeString(older, "entities:\n  - {id: nvidia, name: The older NVIDIA, kind: company}\n");
            Files.setLastModifiedTime(older, FileTime.fromMillis(1_000_000_000_000L)); // before entities.yaml
            CliRun run = CliRun.of(kb, "validate");
            assertTrue(run.err().contains("claims/entities.yaml:2:10: duplicate entity id 'nvidia' (first defined at claims/zz-entities.yaml:2)"),
                    run.err());
        } finally {
            deleteTree(kb);
        }
    }

    private static void git(Path dir, String... args) throws Exception {
        var command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "git " + String.join(" ", args) + ": " + output);
    }

    static byte[] bytes(String s, String charset) {
        return s.getBytes(java.nio.charset.Charset.forName(charset));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
