/**
 * The report's charts as geometry: layouts that turn what a chart shows (bars, weights for and
 * against, a network of who contradicts whom) into plain immutable records of where everything
 * goes, for the jte templates under {@code src/main/jte/charts} to print as inline SVG.
 *
 * <ul>
 *   <li>{@link org.claimskb.report.chart.BarLayout} → {@link org.claimskb.report.chart.BarChart}
 *       ({@code charts/bars.jte}): horizontal bars on a 0..100% scale.</li>
 *   <li>{@link org.claimskb.report.chart.BalanceLayout} → {@link org.claimskb.report.chart.BalanceChart}
 *       ({@code charts/balance.jte}): diverging bars, against hatched and for solid.</li>
 *   <li>{@link org.claimskb.report.chart.NetworkLayout} → {@link org.claimskb.report.chart.NetworkChart}
 *       ({@code charts/network.jte}): nodes on a ring, merged edges, loops, counts and a legend,
 *       in named stages (merge edges, place the ring, place the names, size the canvas, place the counts).</li>
 * </ul>
 *
 * <p>The layouts do all the arithmetic, with shared pieces in {@link org.claimskb.report.chart.Shapes};
 * the templates do none beyond printing numbers through {@link org.claimskb.report.chart.Num}, the
 * one number format (so output is byte-stable). Escaping is jte's HTML output's: the layouts keep
 * text as text, only dropping the characters XML forbids. Every chart is one {@code <svg>}
 * element with a {@code <title>} and {@code <desc>} referenced by {@code aria-labelledby}, prints
 * its numbers as text and tells series apart by pattern and label as well as colour.
 * {@link org.claimskb.report.chart.Charts} renders a chart on its own, outside the report page.
 */
package org.claimskb.report.chart;
