package com.loyaltybatch.report;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as an inline SVG: a group of bars per parameter value (a period), one bar
 * per series with its value above it, and a y axis with round gridlines; the legend is HTML, laid
 * out by the browser. No script, no external resources; hovering a bar shows its exact value.
 */
final class SvgBarChart {

    static final int WIDTH = 1000;
    static final int HEIGHT = 280;
    private static final int LEFT = 56;
    private static final int RIGHT = 16;
    private static final int TOP = 20;
    private static final int BOTTOM = 44;
    private static final int TICKS = 4;

    private SvgBarChart() {
    }

    static String render(Chart chart) {
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        long scale = niceCeiling(chart.max());
        int seriesCount = chart.series().size();
        double groupWidth = plotWidth / chart.groups().size();
        double barWidth = Math.min(34, groupWidth * 0.8 / seriesCount);
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " width=\"100%%\" role=\"img\" aria-label=\"%s\" data-job=\"%s\">", WIDTH, HEIGHT,
                Html.escape(chart.title()), Html.escape(chart.jobName())));
        for (int tick = 0; tick <= TICKS; tick++) {
            long value = scale * tick / TICKS;
            double y = TOP + plotHeight - plotHeight * tick / TICKS;
            svg.append(String.format(Locale.ROOT, "<line class=\"grid%s\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>",
                    tick == 0 ? " axis" : "", LEFT, WIDTH - RIGHT, y, y));
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>",
                    LEFT - 8, y + 4, Display.count(value)));
        }
        List<Chart.Group> groups = chart.groups();
        for (int g = 0; g < groups.size(); g++) {
            Chart.Group group = groups.get(g);
            double center = LEFT + groupWidth * g + groupWidth / 2;
            double start = center - barWidth * seriesCount / 2;
            svg.append("<g class=\"group\" data-group=\"").append(Html.escape(group.label())).append("\">");
            for (int s = 0; s < seriesCount; s++) {
                ResultChart.Series series = chart.series().get(s);
                long value = group.values().get(s);
                double height = scale == 0 ? 0 : plotHeight * value / scale;
                double x = start + barWidth * s;
                double y = TOP + plotHeight - height;
                svg.append(String.format(Locale.ROOT,
                        "<rect class=\"bar %s\" data-series=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"2\">"
                                + "<title>%s %s: %s</title></rect>",
                        Html.cssName(series.tone().name()), Html.escape(series.resultKey()), x + 1, y,
                        Math.max(barWidth - 2, 1), height, Html.escape(group.label()), Html.escape(series.label()),
                        Display.count(value)));
                svg.append(String.format(Locale.ROOT, "<text class=\"value\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>",
                        x + barWidth / 2, y - 5, Display.count(value)));
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                    center, HEIGHT - BOTTOM + 18, Html.escape(group.label())));
            if (!"COMPLETED".equals(group.status())) {
                // the numbers of a run that has not completed are not final: say so under its label
                svg.append(String.format(Locale.ROOT, "<text class=\"run-status\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>",
                        center, HEIGHT - BOTTOM + 34, Html.escape(group.status())));
            }
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** The key to the bars' colors, as HTML. */
    static String legend(Chart chart) {
        StringBuilder html = new StringBuilder("<div class=\"legend\">");
        for (ResultChart.Series series : chart.series()) {
            html.append("<span><span class=\"key ").append(Html.cssName(series.tone().name())).append("\"></span>")
                    .append(Html.escape(series.label())).append("</span>");
        }
        return html.append("</div>").toString();
    }

    /** The smallest of 1, 2, 5 × 10ⁿ at or above the value (divisible by the ticks), so gridlines fall on round numbers. */
    static long niceCeiling(long max) {
        if (max <= TICKS) {
            return TICKS;
        }
        long magnitude = 1;
        while (magnitude * 10 < max) {
            magnitude *= 10;
        }
        for (long step : new long[] {1, 2, 5, 10}) {
            long candidate = step * magnitude;
            if (candidate >= max && candidate % TICKS == 0) {
                return candidate;
            }
        }
        return ((max + TICKS - 1) / TICKS) * TICKS;
    }
}
