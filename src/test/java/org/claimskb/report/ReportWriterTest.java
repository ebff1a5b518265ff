package org.claimskb.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    @TempDir
    Path dir;

    private final Report report = ReportBuilder.build(ReportFixture.plain().kb, ReportFixture.plain().analysis);

    @Test
    void writesTheRequestedFormatsAndNothingElse() throws Exception {
        Path out = dir.resolve("nested/report");
        List<Path> written = ReportWriter.write(report, EnumSet.of(ReportFormat.JSON, ReportFormat.MD), out);
        assertEquals(List.of(out.resolve("report.md"), out.resolve("report.json")), written);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(Set.of("report.md", "report.json"), files.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toSet()), "no temporary files left behind");
        }
        assertEquals(MarkdownRenderer.render(report), Files.readString(out.resolve("report.md")));
    }

    @Test
    void replacesAnEarlierReport() throws Exception {
        Files.writeString(dir.resolve("report.html"), "old");
        ReportWriter.write(report, EnumSet.of(ReportFormat.HTML), dir);
        assertTrue(Files.readString(dir.resolve("report.html")).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void parsesTheFormatList() {
        assertEquals(EnumSet.allOf(ReportFormat.class), ReportFormat.parseList("md,html,json"));
        assertEquals(EnumSet.of(ReportFormat.HTML), ReportFormat.parseList(" HTML , html"));
        var e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList("md,pdf"));
        assertEquals("unknown report format 'pdf': use a comma list of md, html, json", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportFormat.parseList(""));
    }
}
