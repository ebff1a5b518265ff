package org.claimskb.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The formats {@code claims report --format} writes, each to its own file name. */
public enum ReportFormat {
    MD("md", "report.md", MarkdownRenderer::render),
    HTML("html", "report.html", HtmlRenderer::render),
    JSON("json", "report.json", JsonRenderer::render);

    private final String spelling;
    private final String fileName;
    private final Function<Report, String> renderer;

    ReportFormat(String spelling, String fileName, Function<Report, String> renderer) {
        this.spelling = spelling;
        this.fileName = fileName;
        this.renderer = renderer;
    }

    /** As written on the command line: {@code md}, {@code html}, {@code json}. */
    public String spelling() {
        return spelling;
    }

    public String fileName() {
        return fileName;
    }

    public String render(Report report) {
        return renderer.apply(report);
    }

    /**
     * Parses a comma list such as {@code md,html}; blanks around names are ignored.
     *
     * @throws IllegalArgumentException naming the bad value and the allowed ones
     */
    public static Set<ReportFormat> parseList(String list) {
        var formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : list.split(",", -1)) {
            String name = part.strip().toLowerCase(Locale.ROOT);
            ReportFormat format = Arrays.stream(values()).filter(f -> f.spelling.equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + part.strip()
                            + "': use a comma list of " + allowed()));
            formats.add(format);
        }
        return formats;
    }

    /** {@code md, html, json}. */
    public static String allowed() {
        return Arrays.stream(values()).map(ReportFormat::spelling).collect(Collectors.joining(", "));
    }
}
