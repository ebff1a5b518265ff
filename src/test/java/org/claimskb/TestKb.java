package org.claimskb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small fact-file KBs for tests: a root with claims/ and rules/. */
public final class TestKb {
    public final Path root;

    public TestKb(Path root) {
        this.root = root;
        try {
            Files.createDirectories(root.resolve("claims"));
            Files.createDirectories(root.resolve("rules"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code claims/<name>} (or any relative path) and returns it. */
    public Path write(String relative, String content) {
        Path p = relative.contains("/") ? root.resolve(relative) : root.resolve("claims").resolve(relative);
        try {
            Files.createDirectories(p.getParent());
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** Copies the project's shipped {@code rules/*.drl} into this KB's {@code rules/} (tests run from the project root). */
    public TestKb withShippedRules() {
        try (var files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, root.resolve("rules").resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** A small multilingual KB: two speakers, NVIDIA/Google entities with aliases, one proposition, two sources. */
    public TestKb standard() {
        write("speakers.yaml", """
                speakers:
                  - id: jensen-huang
                    name: Jensen Huang
                    role: CEO, NVIDIA
                    regime: bounded
                    interests:
                      - {entity: nvidia, kind: executive, basis: CEO of the company}
                  - id: gavin-baker
                    name: Gavin Baker
                    regime: unknown
                """);
        write("entities.yaml", """
                entities:
                  - id: nvidia
                    name: NVIDIA
                    aliases: [Nvidia, NVDA, エヌビディア, 英偉達, 輝達, 英伟达]
                    kind: company
                  - id: google
                    name: Google
                    aliases: [谷歌, グーグル]
                    kind: company
                  - id: google-tpu
                    name: Google TPU
                    aliases: [TPU, TPUs]
                    kind: product
                    part_of: google
                """);
        write("propositions.yaml", """
                propositions:
                  - id: tpu-competitive
                    statement: TPUs are competitive with GPUs.
                    topics: [google-tpu]
                """);
        write("baker.yaml", """
                source:
                  id: baker-2025
                  title: An interview
                  kind: summary
                  event: baker-event
                  date: 2025-12-09
                  language: ja
                  speakers: [gavin-baker]
                claims:
                  - id: rack-weight
                    speaker: gavin-baker
                    at: "05:03"
                    kind: statistic
                    text: Blackwell racks weigh about 3,000 lb.
                    quote: "ラック重量：約3,000ポンド"
                    topics: [nvidia]
                    quantity: {subject: blackwell-rack, metric: weight, value: 3000, unit: lb}
                  - id: tpu-cheapest
                    speaker: gavin-baker
                    kind: opinion
                    text: Google is the cheapest token producer thanks to its chips.
                    quote: "Googleは最低コストのトークン生産者"
                    topics: [google-tpu]
                    stance: {proposition: tpu-competitive, position: for}
                """);
        write("huang.yaml", """
                source:
                  id: huang-2026
                  kind: transcript
                  date: 2026-04
                  language: zh-Hant
                  speakers: [jensen-huang]
                claims:
                  - id: training-demand
                    speaker: jensen-huang
                    kind: prediction
                    text: Demand for training compute will double by 2027.
                    quote: "訓練運算需求將在2027年前翻倍"
                    topics: [nvidia]
                    favors: [nvidia]
                    due: 2027-12-31
                """);
        return this;
    }
}
