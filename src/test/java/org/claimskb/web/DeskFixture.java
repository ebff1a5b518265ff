package org.claimskb.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.claimskb.TestKb;
import org.claimskb.index.Analyzer;
import org.claimskb.rules.RulesEngine;

/**
 * A desk on a free port over a temp KB: the standard test KB, the repository's rules, and a draft
 * file with comments, a hostile claim and a YouTube source, as {@code claims add} would leave it
 * after a person added notes.
 */
final class DeskFixture implements AutoCloseable {
    static final LocalDate AS_OF = LocalDate.parse("2028-01-10");
    static final String DRAFTS = "claims/talk-2026.yaml";

    static final String DRAFT_FILE = """
            # Draft from a talk (claims add). Review before use.
            source:
              id: talk-2026
              title: "A talk on chips"
              kind: transcript
              date: 2026-03-02
              language: en
              url: https://www.youtube.com/watch?v=abc123XYZ
              speakers: [gavin-baker]   # the only voice

            claims:
              # --- the opening ------------------------------------------------------
              - id: tpu-gains
                speaker: gavin-baker
                at: "12:34"
                kind: opinion
                text: "TPUs are gaining on GPUs"   # keep this note
                topics: [google-tpu]
                status: draft

              - id: racks-heavier
                speaker: gavin-baker
                at: "1:02:03"
                kind: prediction
                text: Racks will weigh 4,000 lb by 2027.
                # a person's note inside the claim
                topics: [nvidia]
                when: 2027
                status: draft

              - id: hostile
                speaker: gavin-baker
                kind: opinion
                text: "<script>alert('x')</script> NVIDIA wins"
                status: draft
            # end of file
            """;

    final Path root;
    final Desk desk;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    DeskFixture(Path dir) throws Exception {
        this(dir, DRAFT_FILE);
    }

    DeskFixture(Path dir, String drafts) throws Exception {
        this.root = dir;
        new TestKb(dir).standard();
        // A stated probability, so that a resolved prediction shows on the speaker's calibration chart.
        Path huang = dir.resolve("claims/huang.yaml");
        Files.writeString(huang, Files.readString(huang).replace("    due: 2027-12-31\n", "    due: 2027-12-31\n    probability: 0.8\n"));
        new TestKb(dir).withShippedRules();
        Files.writeString(dir.resolve(DRAFTS), drafts);
        this.desk = Desk.start(new Desk.Settings(dir, AS_OF, analyzer(), "127.0.0.1", 0));
    }

    /** The rules engine, as the command line plugs it in. */
    static Analyzer analyzer() {
        return (rulesDir, kb, asOf) -> RulesEngine.analyze(rulesDir, kb, asOf);
    }

    String base() {
        return "http://127.0.0.1:" + desk.port();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base()) // as a browser sends it on a form post from the desk's own page
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The form fields of a page's form (hidden inputs, inputs, selects, textareas) by id of the form. */
    static Map<String, String> form(String html, String formId) {
        int start = html.indexOf("id=\"" + formId + "\"");
        int end = html.indexOf("</form>", start);
        String f = html.substring(start, end);
        var fields = new LinkedHashMap<String, String>();
        Matcher inputs = Pattern.compile("<input[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(f);
        while (inputs.find()) fields.put(inputs.group(1), unescape(inputs.group(2)));
        Matcher areas = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(f);
        while (areas.find()) fields.put(areas.group(1), unescape(areas.group(2)));
        Matcher selects = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(f);
        while (selects.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
            if (chosen.find()) fields.put(selects.group(1), unescape(chosen.group(1)));
        }
        return fields;
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'")
                .replace("&amp;", "&");
    }

    String file() throws IOException {
        return Files.readString(root.resolve(DRAFTS));
    }

    @Override
    public void close() throws IOException {
        desk.close();
    }
}
