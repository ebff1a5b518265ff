/**
 * The credibility report: one {@link org.claimskb.report.Report} model built by
 * {@link org.claimskb.report.ReportBuilder} from a knowledge base and the rules' analysis, and
 * rendered three ways from that one model: Markdown for git diffs and code hosts, a
 * self-contained HTML research note with inline SVG charts, and JSON.
 * {@link org.claimskb.report.ReportWriter} writes the chosen formats atomically.
 *
 * <p>The HTML is drawn by jte templates ({@code src/main/jte}, precompiled at build time):
 * {@code report.jte} for the page, and for each chart a template under {@code charts/} that prints
 * the chart's geometry. {@link org.claimskb.report.HtmlRenderer} turns the model into that
 * geometry with the layouts of {@link org.claimskb.report.chart}, plain records the templates
 * only print and tests measure.
 *
 * <p>All text from fact files is untrusted: the page and its charts go through jte's
 * auto-escaping HTML output, the Markdown through its own escaper, so a claim shows as text,
 * never as markup. Output is deterministic: the builder orders everything, the layouts depend
 * only on their arguments, and the only date is the as-of day.
 */
package org.claimskb.report;
