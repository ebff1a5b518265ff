package org.claimskb.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.claimskb.model.KnowledgeBase;

/** A small knowledge base written into a temporary folder: two speakers (one with an interest), a few entities, one metric in use. */
final class KbFixture {
    static final String SPEAKERS = """
            speakers:
              - id: gavin-baker
                name: Gavin Baker
                regime: bounded
              - id: jensen-huang
                name: Jensen Huang
                regime: bounded
                interests:
                  - entity: nvidia
                    kind: executive
                    basis: CEO of the company
            entities:
              - id: nvidia
                name: NVIDIA
                aliases: [Nvidia, エヌビディア, 英偉達, 輝達, 英伟达]
                kind: company
              - id: google
                name: Google
                aliases: [グーグル, 谷歌]
                kind: company
              - id: google-tpu
                name: Google TPU
                aliases: [TPU, TPUs]
                kind: product
                part_of: google
              - id: jensen-huang
                name: Jensen Huang
                aliases: [黃仁勳, 黄仁勋, ジェンスン・フアン]
                kind: person
              - id: amd
                name: AMD
                aliases: [超微]
                kind: company
            """;
    /** An existing source whose quantity uses metric "share" in count: drafts must not clash with it. */
    static final String EXISTING = """
            source:
              id: old-source
              kind: transcript
              date: 2024-01-01
              speakers: [gavin-baker]
            claims:
              - id: users
                speaker: gavin-baker
                kind: statistic
                text: A product has many users.
                quantity: {subject: nvidia, metric: share, value: 5, unit: count}
            """;

    /** What the day is for drafting in these tests. */
    static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    private KbFixture() {}

    /** Adds the speaker Lisa Su (an AMD executive) with the given aliases line, e.g. {@code "[蘇姿丰]"}, or none. */
    static void addLisaSu(Path dir, String aliases) throws IOException {
        Files.writeString(dir.resolve("claims/more-speakers.yaml"), """
                speakers:
                  - id: lisa-su
                    name: Lisa Su
                """ + (aliases == null ? "" : "    aliases: " + aliases + "\n") + """
                    regime: bounded
                    interests:
                      - entity: amd
                        kind: executive
                        basis: CEO of the company
                """);
    }

    /** Drafts {@code text}, written to {@code dir/name}, against {@code kb} as of {@link #TODAY}. */
    static Draft draft(Path dir, KnowledgeBase kb, String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return TranscriptImporter.draft(TranscriptFile.read(f), kb, null, TODAY);
    }

    static Path create(Path dir) throws IOException {
        Path claims = Files.createDirectories(dir.resolve("claims"));
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(claims.resolve("speakers.yaml"), SPEAKERS);
        Files.writeString(claims.resolve("old-source.yaml"), EXISTING);
        return dir;
    }
}
