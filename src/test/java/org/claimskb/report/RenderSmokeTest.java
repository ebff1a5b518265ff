package org.claimskb.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RenderSmokeTest {
    @Test
    void dump() throws Exception {
        var f = ReportFixture.plain();
        var r = ReportBuilder.build(f.kb, f.analysis);
        Path dir = Path.of("target/report-preview");
        ReportWriter.write(r, java.util.EnumSet.allOf(ReportFormat.class), dir);
        var h = ReportFixture.hostile();
        ReportWriter.write(ReportBuilder.build(h.kb, h.analysis), java.util.EnumSet.allOf(ReportFormat.class), dir.resolve("hostile"));
    }
}
