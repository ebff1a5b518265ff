/**
 * The credibility report: one {@link org.claimskb.report.Report} model built by
 * {@link org.claimskb.report.ReportBuilder} from a knowledge base and the rules' analysis, and
 * rendered three ways from that one model: Markdown for git diffs and code hosts, a
 * self-contained HTML research note with inline SVG charts ({@link org.claimskb.report.SvgCharts}),
 * and JSON. {@link org.claimskb.report.ReportWriter} writes the chosen formats atomically.
 *
 * <p>All text from fact files is untrusted: the HTML goes through auto-escaping jte templates,
 * the charts and Markdown through their own escapers, so a claim shows as text, never as markup.
 * Output is deterministic: the builder orders everything and the only date is the as-of day.
 */
package org.claimskb.report;
