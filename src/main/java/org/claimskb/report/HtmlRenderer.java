package org.claimskb.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.claimskb.report.Report.ContradictionItem;
import org.claimskb.report.Report.SpeakerCard;
import org.claimskb.report.Report.VerdictSection;
import org.claimskb.report.chart.BalanceChart;
import org.claimskb.report.chart.BalanceLayout;
import org.claimskb.report.chart.BarChart;
import org.claimskb.report.chart.BarLayout;
import org.claimskb.report.chart.NetworkChart;
import org.claimskb.report.chart.NetworkLayout;

/**
 * The report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts and
 * nothing fetched, so it opens from disk or an e-mail attachment and prints cleanly.
 *
 * <p>The page is rendered by jte templates ({@code src/main/jte}) compiled to Java at build time,
 * in HTML mode: every {@code ${...}} is escaped for the context it appears in, so no claim text,
 * quote or name can add markup. The charts are laid out here by the layouts of
 * {@link org.claimskb.report.chart} and drawn by the report template calling the chart templates
 * ({@code src/main/jte/charts}), so their text is escaped the same way. The only unescaped insert
 * is the stylesheet, a resource of this package.
 */
public final class HtmlRenderer {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String CSS = resource("report.css");

    /**
     * What the template sees: the report, and the pieces only HTML has.
     *
     * @param credibilityChart mean credibility by speaker; null when no claim is scored
     * @param balanceChart     evidence for and against per proposition
     * @param networkChart     who contradicts whom, on what
     * @param sections         the verdicts given a section of their own ({@link Report#shownSections})
     * @param sectioned        their propositions' ids, for the summary table's links
     * @param contradictions   the disagreements and self-contradictions listed ({@link Report#shownContradictions})
     */
    public record View(Report report, String css, BarChart credibilityChart, BalanceChart balanceChart,
                       NetworkChart networkChart, List<VerdictSection> sections, java.util.Set<String> sectioned,
                       List<ContradictionItem> contradictions) {}

    private HtmlRenderer() {}

    public static String render(Report report) {
        List<VerdictSection> sections = report.shownSections();
        var sectioned = sections.stream().map(VerdictSection::proposition).collect(java.util.stream.Collectors.toSet());
        var view = new View(report, CSS, credibilityChart(report.speakers()), balanceChart(report.verdicts()),
                networkChart(report.speakers(), report.contradictions()), sections, sectioned, report.shownContradictions());
        var out = new StringOutput(65_536);
        ENGINE.render("report.jte", view, out);
        // The template's parameter lines leave blank lines before the doctype; drop them.
        return out.toString().stripLeading();
    }

    static BarChart credibilityChart(List<SpeakerCard> all) {
        List<SpeakerCard> speakers = Report.listed(all);
        // In the speakers' own order (by grade, F last), so the chart never ranks an ungraded
        // speaker above graded ones: grades rest on facts and track records, not on this mean.
        List<SpeakerCard> scored = speakers.stream()
                .filter(c -> c.meanCredibility() != null)
                .toList();
        if (scored.isEmpty()) {
            return null;
        }
        var bars = scored.stream()
                .map(c -> new BarLayout.Bar(c.name(), c.meanCredibility(), ReportText.percent(c.meanCredibility()),
                        "grade " + c.grade()))
                .toList();
        String desc = "Mean credibility per speaker, in grade order"
                + (all.size() > speakers.size() ? " (the first " + speakers.size() + " of " + all.size() + ")" : "") + ": "
                + String.join("; ", bars.stream()
                .map(b -> b.label() + " " + b.valueText() + " (" + b.note() + ")").toList()) + ".";
        return BarLayout.layout("chart-credibility", "Credibility by speaker", desc, bars,
                "Mean credibility of reviewed claims");
    }

    static BalanceChart balanceChart(List<VerdictSection> all) {
        // The first Report.LISTED, heaviest evidence first: a bar per proposition of a large KB fills pages.
        List<VerdictSection> verdicts = Report.listed(all);
        var rows = verdicts.stream()
                .map(v -> new BalanceLayout.Balance(v.statement(), v.weightAgainst(), v.weightFor(), v.verdictLabel()))
                .toList();
        String desc = "Evidence weight against and for each proposition"
                + (all.size() > verdicts.size() ? " (the " + verdicts.size() + " of " + all.size() + " with the most evidence)" : "")
                + ": " + String.join("; ", verdicts.stream()
                .map(v -> v.statement() + ": against " + ReportText.fixed(v.weightAgainst()) + ", for "
                        + ReportText.fixed(v.weightFor()) + ", " + v.verdictLabel().toLowerCase(Locale.ROOT))
                .toList()) + ".";
        return BalanceLayout.layout("chart-balance", "Verdict balance per proposition", desc, rows);
    }

    /**
     * Most speakers the disagreement network draws: past this many the lines of every pair fill
     * the chart (200 speakers of a large KB gave 19,000 lines and 13 MB of SVG), so it draws the
     * speakers in the most disagreements and the lines among them, and says so.
     */
    static final int NETWORK_SPEAKERS = 30;

    /** The {@code n} speakers at the most edges (a loop counts once), ties by id. */
    private static java.util.Set<String> mostInvolved(List<NetworkLayout.Edge> edges, int n) {
        var degree = new TreeMap<String, Integer>();
        for (NetworkLayout.Edge e : edges) {
            degree.merge(e.from(), 1, Integer::sum);
            if (!e.to().equals(e.from())) {
                degree.merge(e.to(), 1, Integer::sum);
            }
        }
        return degree.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(java.util.Map.Entry.comparingByKey()))
                .limit(n).map(java.util.Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /**
     * Speakers who take part in a contradiction, joined by what they contradict each other on,
     * sized by their number of claims. A contradiction among several speakers becomes an edge
     * between each pair of them.
     */
    static NetworkChart networkChart(List<SpeakerCard> speakers, List<ContradictionItem> contradictions) {
        var names = new TreeMap<String, String>();
        var claims = new TreeMap<String, Integer>();
        speakers.forEach(s -> {
            names.put(s.id(), s.name());
            claims.put(s.id(), s.claims());
        });
        var involved = new TreeMap<String, String>();
        var edges = new ArrayList<NetworkLayout.Edge>();
        for (ContradictionItem c : contradictions) {
            boolean numeric = c.subject() != null;
            List<String> ids = c.speakers();
            ids.forEach(id -> involved.put(id, names.getOrDefault(id, id)));
            if (ids.size() == 1) {
                edges.add(new NetworkLayout.Edge(ids.getFirst(), ids.getFirst(), c.on(), numeric));
                continue;
            }
            // One edge per pair of speakers on different sides (and each pair once per item).
            var pairs = new java.util.TreeSet<String>();
            for (int i = 0; i < c.sides().size(); i++) {
                for (int j = i + 1; j < c.sides().size(); j++) {
                    for (String a : c.sides().get(i).speakers()) {
                        for (String b : c.sides().get(j).speakers()) {
                            if (!a.equals(b) && pairs.add(a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a)) {
                                edges.add(new NetworkLayout.Edge(a, b, c.on(), numeric));
                            }
                        }
                    }
                }
            }
        }
        int among = involved.size();
        if (among > NETWORK_SPEAKERS) {
            var drawn = mostInvolved(edges, NETWORK_SPEAKERS);
            involved.keySet().retainAll(drawn);
            edges.removeIf(e -> !drawn.contains(e.from()) || !drawn.contains(e.to()));
        }
        var nodes = involved.entrySet().stream()
                .map(e -> new NetworkLayout.Node(e.getKey(), e.getValue(), claims.getOrDefault(e.getKey(), 0)))
                .toList();
        String desc = contradictions.size() + (contradictions.size() == 1 ? " disagreement" : " disagreements")
                + " among " + among + (among == 1 ? " speaker" : " speakers")
                + (among > nodes.size() ? " (drawn: the " + nodes.size() + " in the most)" : "")
                + ", counted by pair of speakers; the list below gives each one.";
        return NetworkLayout.layout("chart-contradictions", "Disagreement network", desc, nodes, edges,
                "solid: only opposite positions on a proposition", "dashed: including numbers that disagree",
                "claims by the speaker");
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + HtmlRenderer.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
