package org.claimskb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimskb.cli.CliRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every route of the desk over HTTP, against a temp KB of fixture files. */
class DeskHttpTest {
    @TempDir
    java.nio.file.Path dir;

    DeskFixture kb;

    @BeforeEach
    void start() throws Exception {
        kb = new DeskFixture(dir);
    }

    @AfterEach
    void stop() throws Exception {
        kb.close();
    }

    private static List<String> ids(String html) {
        var ids = new ArrayList<String>();
        Matcher m = Pattern.compile("<li class=\"hit\" data-id=\"([^\"]+)\"").matcher(html);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    private static int total(String html) {
        Matcher m = Pattern.compile("data-total=\"(\\d+)\"").matcher(html);
        assertTrue(m.find(), html);
        return Integer.parseInt(m.group(1));
    }

    @Test
    void searchFindsHighlightsFacetsAndSorts() throws Exception {
        HttpResponse<String> r = kb.get("/search?q=NVIDIA");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<mark>"), "matches are highlighted");
        assertTrue(ids(html).contains("baker-2025/rack-weight") && ids(html).contains("huang-2026/training-demand"), html);
        for (String facet : List.of("speaker", "kind", "flag", "topic", "source", "year")) {
            assertTrue(html.contains("data-facet=\"" + facet + "\""), "facet " + facet);
        }
        int all = total(html);
        String byKind = kb.get("/search?q=NVIDIA&kind=prediction").body();
        assertEquals(java.util.Set.of("talk-2026/racks-heavier", "huang-2026/training-demand"),
                java.util.Set.copyOf(ids(byKind)), "the kind facet narrows (in ranking order, whichever it is)");
        assertTrue(total(byKind) < all);
        String byYear = kb.get("/search?year=2025").body();
        assertTrue(ids(byYear).stream().allMatch(id -> id.startsWith("baker-2025/")), byYear);
        assertTrue(byYear.contains("2025</a> <span class=\"n\">" + total(byYear) + "</span>"), "the chosen year's count");
        String bySource = kb.get("/search?source=huang-2026").body();
        assertEquals(List.of("huang-2026/training-demand"), ids(bySource));

        List<Double> creds = new ArrayList<>();
        Matcher m = Pattern.compile("credibility (\\d\\.\\d\\d)").matcher(kb.get("/search?sort=credibility").body());
        while (m.find()) creds.add(Double.parseDouble(m.group(1)));
        assertTrue(creds.size() >= 4, creds.toString());
        for (int i = 1; i < creds.size(); i++) assertTrue(creds.get(i - 1) >= creds.get(i), "most credible first: " + creds);
        List<String> byDate = ids(kb.get("/search?sort=date").body());
        assertTrue(byDate.indexOf("huang-2026/training-demand") < byDate.indexOf("baker-2025/rack-weight"), "newest first");

        HttpResponse<String> bad = kb.get("/search?q=" + DeskFixture.enc("\"unclosed"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("class=\"trouble\""), "a bad query says why, in the page");
    }

    @Test
    void htmxAsksForTheResultsOnly() throws Exception {
        var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create(kb.base() + "/search?q=TPU"))
                .header("HX-Request", "true").header("HX-Target", "results").build();
        String part = kb.http.send(req, HttpResponse.BodyHandlers.ofString()).body();
        assertFalse(part.contains("<html"), "a fragment");
        assertTrue(part.contains("class=\"hit\""), part);
    }

    @Test
    void theClaimPageExplainsItsCredibilityAndLinksTheMoment() throws Exception {
        String id = "huang-2026/training-demand";
        HttpResponse<String> r = kb.get("/claim?id=" + DeskFixture.enc(id));
        assertEquals(200, r.statusCode());
        String html = r.body();
        String show = CliRun.of(dir, "show", id, "--json", "--as-of", DeskFixture.AS_OF.toString()).out();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(show);
        double cred = json.get("credibility").asDouble();
        Matcher m = Pattern.compile("data-credibility=\"([0-9.]+)\"").matcher(html);
        assertTrue(m.find(), html);
        assertEquals(cred, Double.parseDouble(m.group(1)), 1e-6, "the same credibility as claims show");
        assertTrue(html.contains("<svg class=\"waterfall\""), "the waterfall");
        assertTrue(html.contains(json.get("explanation").get(0).get("rule").asText()), "each rule's finding");
        assertTrue(html.contains("Demand for training compute will double by 2027."));

        String draft = kb.get("/claim?id=" + DeskFixture.enc("talk-2026/racks-heavier")).body();
        assertTrue(draft.contains("href=\"https://www.youtube.com/watch?v=abc123XYZ&amp;t=3723\""), "a link to 1:02:03");
        assertEquals(404, kb.get("/claim?id=nope/nothing").statusCode());
    }

    @Test
    void hostileTextStaysText() throws Exception {
        kb.close();
        String hostile = DeskFixture.DRAFT_FILE.replace("https://www.youtube.com/watch?v=abc123XYZ", "\"javascript:alert(1)\"");
        kb = new DeskFixture(Files.createDirectories(dir.resolve("hostile")), hostile);
        for (String path : List.of("/search?q=wins", "/claim?id=" + DeskFixture.enc("talk-2026/hostile"), "/review",
                "/review/item?id=" + DeskFixture.enc("talk-2026/hostile"), "/search?q=" + DeskFixture.enc("<script>"))) {
            HttpResponse<String> r = kb.get(path);
            assertFalse(r.body().contains("<script>alert"), path + ": " + r.body());
            assertFalse(r.body().toLowerCase().contains("href=\"javascript:"), path);
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"), path);
        }
        assertTrue(kb.get("/review").body().contains("&lt;script&gt;alert("), "shown as text");
        assertTrue(kb.get("/claim?id=" + DeskFixture.enc("talk-2026/hostile")).body().contains("&lt;script&gt;"));
    }

    @Test
    void nothingIsLoadedFromTheNetwork() throws Exception {
        String html = kb.get("/search").body();
        Matcher m = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            assertFalse(m.group(1).startsWith("http") || m.group(1).startsWith("//"), m.group(1));
        }
        HttpResponse<String> htmx = kb.get("/static/htmx.min.js");
        assertEquals(200, htmx.statusCode());
        assertTrue(htmx.body().contains("htmx"), "htmx from its webjar");
        assertEquals(200, kb.get("/static/desk.js").statusCode());
        assertEquals(200, kb.get("/static/desk.css").statusCode());
        for (String traversal : List.of("/static/../../pom.xml", "/static/%2e%2e/%2e%2e/pom.xml", "/static/..%2f..%2fpom.xml")) {
            HttpResponse<String> r = kb.get(traversal);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, traversal + ": " + r.statusCode());
            assertFalse(r.body().contains("<project"), traversal);
        }
    }

    private Map<String, String> opened(String id) throws Exception {
        HttpResponse<String> page = kb.get("/review/item?id=" + DeskFixture.enc(id));
        assertEquals(200, page.statusCode(), page.body());
        return DeskFixture.form(page.body(), "edit-form");
    }

    @Test
    void acceptChangesOnlyTheStatus() throws Exception {
        String before = kb.file();
        Map<String, String> f = opened("talk-2026/tpu-gains");
        HttpResponse<String> r = kb.post("/review/accept", Map.of("token", f.get("token"), "id", "talk-2026/tpu-gains", "hash", f.get("hash")));
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("racks-heavier"), "on to the next draft");
        String after = kb.file();
        assertEquals(before.replaceFirst("topics: \\[google-tpu\\]\n    status: draft", "topics: [google-tpu]\n    status: reviewed"), after);
        assertEquals(0, CliRun.of(dir, "validate").status());
        assertFalse(kb.get("/review").body().contains("talk-2026/tpu-gains"), "left the queue at once");
    }

    @Test
    void anEditChangesThoseFieldsAndKeepsEveryOtherByte() throws Exception {
        String before = kb.file();
        Map<String, String> f = new HashMap<>(opened("talk-2026/racks-heavier"));
        assertEquals("Racks will weigh 4,000 lb by 2027.", f.get("text"));
        assertEquals("2027", f.get("when"));
        f.put("text", "Racks will weigh 4,000 lb by the end of 2027: \"heavier\" # not a comment");
        f.put("due", "2027-12-31");
        f.put("topics", "nvidia, google");
        f.put("when", "");
        f.put("stance", "tpu-competitive against");
        HttpResponse<String> r = kb.post("/review/edit", f);
        assertEquals(303, r.statusCode(), r.body());
        String expected = before
                .replace("text: Racks will weigh 4,000 lb by 2027.",
                        "text: \"Racks will weigh 4,000 lb by the end of 2027: \\\"heavier\\\" # not a comment\"")
                .replace("topics: [nvidia]\n    when: 2027\n    status: draft",
                        "topics: [nvidia, google]\n    status: draft\n    stance: [{proposition: tpu-competitive, position: against}]\n    due: 2027-12-31");
        assertEquals(expected, kb.file());
        assertEquals(0, CliRun.of(dir, "validate").status(), CliRun.of(dir, "validate").err());
        String show = CliRun.of(dir, "show", "talk-2026/racks-heavier", "--json").out();
        assertTrue(show.contains("\"due\" : \"2027-12-31\"") || show.contains("\"due\":\"2027-12-31\"") || show.contains("2027-12-31"), show);
        assertTrue(show.contains("heavier"), "the id did not change: " + show);
    }

    @Test
    void aChangedFileIsNeverOverwritten() throws Exception {
        Map<String, String> f = new HashMap<>(opened("talk-2026/tpu-gains"));
        String changed = kb.file().replace("# end of file", "# end of file, edited elsewhere");
        Files.writeString(dir.resolve(DeskFixture.DRAFTS), changed);
        f.put("text", "Something else");
        HttpResponse<String> r = kb.post("/review/edit", f);
        assertEquals(409, r.statusCode());
        assertTrue(r.body().contains("changed on disk since this page was opened"), r.body());
        assertTrue(r.body().contains("http-equiv=\"refresh\""), "the page reloads");
        assertEquals(changed, kb.file());
        HttpResponse<String> accept = kb.post("/review/accept", Map.of("token", f.get("token"), "id", "talk-2026/tpu-gains", "hash", f.get("hash")));
        assertEquals(409, accept.statusCode());
        assertEquals(changed, kb.file());
    }

    @Test
    void writesNeedTheToken() throws Exception {
        String before = kb.file();
        Map<String, String> f = opened("talk-2026/tpu-gains");
        assertEquals(403, kb.post("/review/accept", Map.of("id", "talk-2026/tpu-gains", "hash", f.get("hash"))).statusCode());
        assertEquals(403, kb.post("/review/reject", Map.of("token", "guess", "id", "talk-2026/tpu-gains", "hash", f.get("hash"))).statusCode());
        assertEquals(403, kb.post("/resolve", Map.of("id", "huang-2026/training-demand", "outcome", "true", "date", "2028-01-05")).statusCode());
        assertEquals(before, kb.file());
        assertFalse(Files.exists(dir.resolve("claims/resolutions.yaml")));
        try (var socket = new java.net.Socket("127.0.0.1", kb.desk.port())) {
            socket.getOutputStream().write("GET /review HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.US_ASCII)).readLine();
            assertTrue(status.contains(" 403"), "a page asked for under another name (DNS rebinding) is refused: " + status);
        }
        var crossSite = java.net.http.HttpRequest.newBuilder(java.net.URI.create(kb.base() + "/review/accept"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://evil.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("token=" + f.get("token") + "&id=talk-2026%2Ftpu-gains&hash="
                        + f.get("hash"))).build();
        assertEquals(403, kb.http.send(crossSite, HttpResponse.BodyHandlers.ofString()).statusCode(), "another origin cannot write");
        assertEquals(before, kb.file());
        HttpResponse<String> huge = kb.post("/review/edit", Map.of("token", f.get("token"), "id", "talk-2026/tpu-gains",
                "hash", f.get("hash"), "text", "x".repeat(600_000)));
        assertEquals(413, huge.statusCode(), "requests are size-limited");
        assertEquals(before, kb.file());
    }

    @Test
    void validationAsYouTypeShowsTheLoadersMessagesAndBlocksTheWrite() throws Exception {
        String before = kb.file();
        Map<String, String> f = new HashMap<>(opened("talk-2026/tpu-gains"));
        f.put("stance", "tpu-competitve for");
        HttpResponse<String> typo = kb.post("/review/check", f);
        assertEquals(200, typo.statusCode());
        assertTrue(typo.body().contains("tpu-competitve") && typo.body().contains("did you mean"), typo.body());
        f.put("speaker", "nobody-known");
        HttpResponse<String> check = kb.post("/review/check", f);
        String validate = CliRun.of(dir, "validate").err();
        assertTrue(check.body().contains("unknown speaker 'nobody-known'"), check.body());
        HttpResponse<String> write = kb.post("/review/edit", f);
        assertEquals(422, write.statusCode());
        assertTrue(write.body().contains("nobody-known"), write.body());
        assertEquals(before, kb.file(), "nothing written");
        assertEquals(0, CliRun.of(dir, "validate").status(), validate);

        f.put("speaker", "gavin-baker");
        f.put("stance", "");
        f.put("quantity", "{metric: weight, value: [oops");
        HttpResponse<String> badQuantity = kb.post("/review/check", f);
        assertTrue(badQuantity.body().contains("{key: value"), badQuantity.body());
        f.put("quantity", "");
        assertTrue(kb.post("/review/check", f).body().contains("no problems"), "clean again");
    }

    @Test
    void rejectRemovesTheClaimAndNothingElse() throws Exception {
        String before = kb.file();
        Map<String, String> f = opened("talk-2026/hostile");
        HttpResponse<String> r = kb.post("/review/reject", Map.of("token", f.get("token"), "id", "talk-2026/hostile", "hash", f.get("hash")));
        assertEquals(303, r.statusCode(), r.body());
        String removed = """

                  - id: hostile
                    speaker: gavin-baker
                    kind: opinion
                    text: "<script>alert('x')</script> NVIDIA wins"
                    status: draft
                """;
        assertTrue(before.contains(removed));
        assertEquals(before.replace(removed, "\n"), kb.file());
        assertEquals(0, CliRun.of(dir, "validate").status());
        assertEquals(404, kb.get("/review/item?id=" + DeskFixture.enc("talk-2026/hostile")).statusCode());
    }

    @Test
    void resolveRecordsTheOutcomeAsClaimsResolveDoes() throws Exception {
        String due = kb.get("/due").body();
        assertTrue(due.contains("data-id=\"huang-2026/training-demand\""), due);
        assertTrue(due.contains("10 days over"), due);
        Map<String, String> f = DeskFixture.form(due, "resolve-huang-2026/training-demand");
        HttpResponse<String> bad = kb.post("/resolve", Map.of("token", f.get("token"), "id", "huang-2026/training-demand",
                "outcome", "true", "date", "2028-01-05", "evidence", "javascript:alert(1)"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("http or https URL"), bad.body());
        assertFalse(Files.exists(dir.resolve("claims/resolutions.yaml")));
        HttpResponse<String> r = kb.post("/resolve", Map.of("token", f.get("token"), "id", "huang-2026/training-demand",
                "outcome", "true", "date", "2028-01-05", "evidence", "https://example.org/demand"));
        assertEquals(303, r.statusCode(), r.body());
        String file = Files.readString(dir.resolve("claims/resolutions.yaml"));
        assertTrue(file.contains("- claim: huang-2026/training-demand\n    outcome: true\n    date: 2028-01-05\n    evidence: \"https://example.org/demand\""), file);
        assertFalse(kb.get("/due").body().contains("data-id=\"huang-2026/training-demand\""), "no longer due");
        HttpResponse<String> again = kb.post("/resolve", Map.of("token", f.get("token"), "id", "huang-2026/training-demand",
                "outcome", "false", "date", "2028-01-06"));
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("already resolved"), again.body());
        String show = kb.get("/claim?id=" + DeskFixture.enc("huang-2026/training-demand")).body();
        assertTrue(show.contains("PREDICTION_TRUE"), "flags follow at once");
        String speaker = kb.get("/speaker?id=jensen-huang").body();
        assertTrue(speaker.contains("<tr data-id=\"huang-2026/training-demand\">") && speaker.contains("outcome-true\">true</span> on 2028-01-05"),
                "the track record shows it: " + speaker);
        assertTrue(speaker.contains("<svg class=\"calibration-chart\"") && speaker.contains("(stated 0.8, observed 1.0)"),
                "the calibration chart shows the stated probability against the outcome");
        assertTrue(kb.get("/speakers").body().matches("(?s).*data-id=\"jensen-huang\">.*<td class=\"num\">1 / 0 / 0 / 0</td>.*"),
                "the report card counts it");
    }

    @Test
    void aChangeOnDiskIsServedWithoutARestart() throws Exception {
        assertEquals(0, ids(kb.get("/search?q=zeppelins").body()).size());
        String text = Files.readString(dir.resolve("claims/huang.yaml"));
        Files.writeString(dir.resolve("claims/huang.yaml"), text + """
                  - id: zeppelins
                    speaker: jensen-huang
                    kind: opinion
                    text: Zeppelins will carry GPUs.
                """);
        long deadline = System.currentTimeMillis() + 30_000;
        List<String> found = List.of();
        while (System.currentTimeMillis() < deadline && found.isEmpty()) {
            Thread.sleep(200);
            found = ids(kb.get("/search?q=zeppelins").body());
        }
        assertEquals(List.of("huang-2026/zeppelins"), found, "rebuilt from the change on disk");
    }

    @Test
    void readingPagesShowSpeakersVerdictsDisagreementsAndSources() throws Exception {
        String speakers = kb.get("/speakers").body();
        assertTrue(speakers.contains("/speaker?id=gavin-baker") && speakers.contains("class=\"grade\""), speakers);
        String baker = kb.get("/speaker?id=gavin-baker").body();
        assertTrue(baker.contains("Google is the cheapest token producer"), "the speaker's claims");
        String huang = kb.get("/speaker?id=jensen-huang").body();
        assertTrue(huang.contains("executive</strong> in NVIDIA: CEO of the company"), "interests with their basis: " + huang);
        assertTrue(huang.contains("none recorded"), "a track record with no outcome yet");
        assertFalse(huang.contains("calibration-chart"), "no calibration chart before an outcome");
        String verdicts = kb.get("/propositions").body();
        assertTrue(verdicts.contains("/proposition?id=tpu-competitive"), verdicts);
        String proposition = kb.get("/proposition?id=tpu-competitive").body();
        assertTrue(proposition.contains("TPUs are competitive with GPUs.") && proposition.contains("class=\"band band-"), proposition);
        assertTrue(proposition.contains("Google is the cheapest token producer"), "the evidence for");
        assertEquals(200, kb.get("/disagreements").statusCode());
        String sources = kb.get("/sources").body();
        assertTrue(sources.contains("A talk on chips") && sources.contains("3 drafts") && sources.contains("huang-2026"), sources);
        assertTrue(sources.contains("href=\"https://www.youtube.com/watch?v=abc123XYZ\""), "a link to the original");
        assertEquals(404, kb.get("/speaker?id=nobody").statusCode());
        assertEquals(404, kb.get("/proposition?id=nothing").statusCode());
    }

    @Test
    void aTranscriptAddedWhileTheDeskRunsJoinsTheQueueAndItsDraftsCanBeAccepted() throws Exception {
        int before = Review.queue(org.claimskb.factfile.FactFiles.load(dir).kb()).size();
        java.nio.file.Path transcript = Files.writeString(dir.resolve("talk.md"), """
                # Chips talk

                Gavin Baker: Blackwell racks weigh about 3,000 lb. NVIDIA will ship twice as many racks in 2027.
                Google TPUs are the cheapest way to produce tokens today.
                """);
        CliRun add = CliRun.of(dir, "add", transcript.toString(), "--id", "chips-talk", "--as-of", "2026-05-01");
        assertEquals(0, add.status(), add.err());
        String written = Files.readString(dir.resolve("claims/chips-talk.yaml"));
        int drafts = written.split("status: draft", -1).length - 1;
        assertTrue(drafts >= 1, written);
        long deadline = System.currentTimeMillis() + 30_000;
        String queue = "";
        while (System.currentTimeMillis() < deadline) {
            queue = kb.get("/review").body();
            if (queue.contains("chips-talk/")) break;
            Thread.sleep(200);
        }
        Matcher m = Pattern.compile("<tr data-id=\"(chips-talk/[^\"]+)\">").matcher(queue);
        var ids = new ArrayList<String>();
        while (m.find()) ids.add(m.group(1));
        assertEquals(drafts, ids.size(), "every new draft is in the queue: " + queue);
        assertTrue(queue.contains((before + drafts) + " draft claims await review"), queue);
        Map<String, String> f = opened(ids.get(0));
        HttpResponse<String> r = kb.post("/review/accept", Map.of("token", f.get("token"), "id", ids.get(0), "hash", f.get("hash")));
        assertEquals(303, r.statusCode(), r.body());
        assertEquals(drafts - 1, Files.readString(dir.resolve("claims/chips-talk.yaml")).split("status: draft", -1).length - 1);
        assertEquals(0, CliRun.of(dir, "validate").status(), CliRun.of(dir, "validate").err());
    }

    @Test
    void theListAcceptsAndRejectsInPlace() throws Exception {
        String before = kb.file();
        String list = kb.get("/review").body();
        int row = list.indexOf("<tr data-id=\"talk-2026/racks-heavier\">");
        String rowHtml = list.substring(row, list.indexOf("</tr>", row));
        Matcher hash = Pattern.compile("name=\"hash\" value=\"([0-9a-f]{64})\"").matcher(rowHtml);
        assertTrue(hash.find(), rowHtml);
        Matcher token = Pattern.compile("name=\"token\" value=\"([0-9a-f]+)\"").matcher(rowHtml);
        assertTrue(token.find(), rowHtml);
        HttpResponse<String> r = kb.post("/review/accept", Map.of("token", token.group(1), "id", "talk-2026/racks-heavier",
                "hash", hash.group(1), "back", "list"));
        assertEquals(303, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Location").orElse("").startsWith("/review?done="), "back to the list");
        assertEquals(before.replace("when: 2027\n    status: draft", "when: 2027\n    status: reviewed"), kb.file());
        HttpResponse<String> stale = kb.post("/review/reject", Map.of("token", token.group(1), "id", "talk-2026/hostile",
                "hash", hash.group(1), "back", "list"));
        assertEquals(409, stale.statusCode(), "the list's hash is of the file before the accept");
    }

    @Test
    void unknownPagesAndIdsAre404() throws Exception {
        assertEquals(404, kb.get("/nothing-here").statusCode());
        assertEquals(404, kb.get("/review/item?id=baker-2025/rack-weight").statusCode(), "a reviewed claim is not a draft");
        assertEquals(302, kb.get("/").statusCode());
        assertNotEquals(500, kb.get("/claim").statusCode());
    }
}
