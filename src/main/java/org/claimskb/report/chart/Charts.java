package org.claimskb.report.chart;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * A chart on its own, as one {@code <svg>} element: the chart's template rendered by the
 * precompiled jte engine in HTML mode. The report does not need this (its template calls the
 * chart templates directly); it is for tests and anything else that wants a chart without the page.
 */
public final class Charts {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

    private Charts() {}

    public static String svg(BarChart chart) {
        return render("charts/bars.jte", chart);
    }

    public static String svg(BalanceChart chart) {
        return render("charts/balance.jte", chart);
    }

    public static String svg(NetworkChart chart) {
        return render("charts/network.jte", chart);
    }

    private static String render(String template, Object chart) {
        var out = new StringOutput(8192);
        ENGINE.render(template, chart, out);
        // The template's parameter lines leave blank lines before the element; drop them.
        return out.toString().strip();
    }
}
