package org.claimskb.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    private KbFixture() {}

    static Path create(Path dir) throws IOException {
        Path claims = Files.createDirectories(dir.resolve("claims"));
        Files.createDirectories(dir.resolve("rules"));
        Files.writeString(claims.resolve("speakers.yaml"), SPEAKERS);
        Files.writeString(claims.resolve("old-source.yaml"), EXISTING);
        return dir;
    }
}
