package com.loyaltybatch.report;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The status report as one self-contained HTML page: inline CSS and SVG, no script, nothing
 * fetched, so it can be mailed, archived or opened from disk. Everything shown is escaped.
 */
public final class HtmlReport {

    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");
    private static final String FOOTER = "Times in UTC. Email addresses are masked.";

    private HtmlReport() {
    }

    /** Recent executions: counts, the charts of the jobs in scope, and the table of runs. */
    public static String recent(List<ExecutionReport> runs, List<Chart> charts, String jobName, Instant generated) {
        String scope = jobName == null ? "all jobs" : jobName;
        HtmlPage page = new HtmlPage("Job status · " + scope).header("Job status", scope, "Latest " + runs.size()
                + (runs.size() == 1 ? " execution" : " executions") + " · generated " + Display.time(generated) + " UTC");
        cards(page, runs);
        charts(page, charts);
        page.raw("<section class=\"panel\"><h2>Executions</h2>");
        runs(page, runs, generated, null);
        return page.raw("</section>").end(FOOTER + " One execution in detail: status EXECUTION_ID.");
    }

    /** One execution: its facts, result, steps with failures, and the sections its job contributes. */
    public static String execution(ExecutionReport run, Instant generated) {
        HtmlPage page = new HtmlPage("Execution " + run.executionId() + " · " + run.jobName())
                .header("Execution " + run.executionId(), run.jobName(), "generated " + Display.time(generated) + " UTC");
        executionBody(page, run, generated);
        return page.end(FOOTER);
    }

    static void executionBody(HtmlPage page, ExecutionReport run, Instant generated) {
        page.raw("<section class=\"panel\"><dl class=\"facts\">");
        page.raw("<dt>Status</dt><dd id=\"execution-status\">").status(run.status(), run.exitCode()).raw("</dd>");
        if (!"COMPLETED".equals(run.status()) && run.reason() != null) {
            fact(page, "Reason", run.reason(), "why");
        }
        fact(page, "Parameters", Display.parameters(run.parameters()), "params");
        fact(page, "Started", Display.time(run.startTime()), "");
        fact(page, "Ended", Display.time(run.endTime()), "");
        fact(page, "Duration", Display.duration(run.duration(generated)), "");
        if (run.exitDescription() != null) {
            fact(page, "Exit description", run.exitDescription(), "");
        }
        page.raw("</dl></section>");
        if (!run.result().isEmpty()) {
            page.raw("<section class=\"panel\" id=\"result\"><h2>Result</h2><div class=\"tiles\">");
            run.result().forEach((key, value) -> {
                if (value instanceof Number number) {
                    page.raw("<div class=\"tile\"><div class=\"what\">").text(key).raw("</div><div class=\"value\">")
                            .text(Display.count(number.longValue())).raw("</div></div>");
                }
            });
            page.raw("</div><dl class=\"facts\">");
            run.result().forEach((key, value) -> {
                if (!(value instanceof Number)) {
                    fact(page, key, String.valueOf(value), "");
                }
            });
            page.raw("</dl></section>");
        }
        stepsTable(page, run);
        if (run.details() != null) {
            run.details().forEach((name, section) -> {
                page.raw("<section class=\"panel\" id=\"section-").text(name).raw("\"><h2>").text(section.title()).raw("</h2>");
                if (section.rows().isEmpty()) {
                    page.raw("<p class=\"empty\">None.</p>");
                } else {
                    page.table(name, section.columns(), section.rows());
                }
                page.raw("</section>");
            });
        }
    }

    static void cards(HtmlPage page, List<ExecutionReport> runs) {
        page.raw("<section class=\"cards\">");
        card(page, "executions", runs.size(), "Executions");
        card(page, "completed", runs.stream().filter(r -> r.status().equals("COMPLETED")).count(), "Completed");
        card(page, "failed", runs.stream().filter(r -> r.status().equals("FAILED") || r.status().equals("ABANDONED")).count(), "Failed");
        card(page, "running", runs.stream().filter(r -> RUNNING.contains(r.status())).count(), "Running");
        page.raw("</section>");
    }

    static void charts(HtmlPage page, List<Chart> charts) {
        for (Chart chart : charts) {
            page.raw("<section class=\"panel\" id=\"chart-").raw(Html.cssName(chart.jobName())).raw("\">")
                    .raw("<div class=\"panel-head\"><h2>").text(chart.title()).raw("</h2>").raw(SvgBarChart.legend(chart))
                    .raw("</div>").raw(SvgBarChart.render(chart)).raw("</section>");
        }
    }

    /** The table of runs, or a line saying there are none; {@code links}, when given, makes each id a link and adds its actions. */
    static void runs(HtmlPage page, List<ExecutionReport> runs, Instant now, RunLinks links) {
        if (runs.isEmpty()) {
            page.raw("<p class=\"empty\">No executions yet.</p>");
        } else {
            runsTable(page, runs, now, links);
        }
    }

    /** What a page served live adds to each run: a link to its detail page and buttons. */
    interface RunLinks {
        String href(ExecutionReport run);

        void actions(HtmlPage page, ExecutionReport run);
    }

    static boolean running(String status) {
        return RUNNING.contains(status);
    }

    private static void card(HtmlPage page, String kind, long number, String what) {
        page.raw("<div class=\"card ").raw(kind).raw("\"><div class=\"number\">").text(Display.count(number))
                .raw("</div><div class=\"what\">").text(what).raw("</div></div>");
    }

    private static void fact(HtmlPage page, String name, String value, String css) {
        page.raw("<dt>").text(name).raw(css.isEmpty() ? "</dt><dd>" : "</dt><dd class=\"" + css + "\">").text(value).raw("</dd>");
    }

    private static void runsTable(HtmlPage page, List<ExecutionReport> runs, Instant now, RunLinks links) {
        page.raw("<table id=\"runs\"><thead><tr><th>ID</th><th>Job</th><th>Parameters</th><th>Status</th>")
                .raw("<th>Started (UTC)</th><th class=\"num\">Duration</th><th class=\"num\">Read</th>")
                .raw("<th class=\"num\">Written</th><th class=\"num\">Filtered</th><th class=\"num\">Skipped</th>")
                .raw(links == null ? "" : "<th></th>").raw("</tr></thead><tbody>");
        for (ExecutionReport run : runs) {
            ExecutionReport.Totals totals = run.totals();
            page.raw("<tr data-execution-id=\"").text(run.executionId()).raw("\" data-status=\"").text(run.status())
                    .raw("\"><td class=\"id\">");
            if (links == null) {
                page.text(run.executionId());
            } else {
                page.raw("<a href=\"").text(links.href(run)).raw("\">").text(run.executionId()).raw("</a>");
            }
            page.raw("</td><td class=\"job\">").text(run.jobName())
                    .raw("</td><td class=\"params\">").text(Display.parameters(run.parameters())).raw("</td><td class=\"state\">")
                    .status(run.status(), run.exitCode());
            if (!"COMPLETED".equals(run.status()) && run.reason() != null) {
                page.raw("<div class=\"why\" title=\"").text(run.reason()).raw("\">").text(run.reason()).raw("</div>");
            }
            page.raw("</td><td class=\"time\">").text(Display.time(run.startTime()));
            for (String number : List.of(Display.duration(run.duration(now)), Display.count(totals.read()),
                    Display.count(totals.written()), Display.count(totals.filtered()), Display.count(totals.skipped()))) {
                page.raw("</td><td class=\"num\">").text(number);
            }
            if (links != null) {
                page.raw("</td><td class=\"actions\">");
                links.actions(page, run);
            }
            page.raw("</td></tr>");
        }
        page.raw("</tbody></table>");
    }

    private static void stepsTable(HtmlPage page, ExecutionReport run) {
        page.raw("<section class=\"panel\"><h2>Steps</h2><table id=\"steps\"><thead><tr><th>Step</th><th>Status</th>")
                .raw("<th class=\"num\">Read</th><th class=\"num\">Written</th><th class=\"num\">Filtered</th>")
                .raw("<th class=\"num\">Skipped</th></tr></thead><tbody>");
        for (ExecutionReport.Step step : run.steps()) {
            page.raw("<tr><td>").text(step.stepName());
            if (!step.failures().isEmpty()) {
                page.raw("<ul class=\"failures\">");
                step.failures().forEach(failure -> page.raw("<li>").text(failure).raw("</li>"));
                page.raw("</ul>");
            }
            page.raw("</td><td>").pill(step.status());
            for (long count : new long[] {step.readCount(), step.writeCount(), step.filterCount(), step.skipCount()}) {
                page.raw("</td><td class=\"num\">").text(Display.count(count));
            }
            page.raw("</td></tr>");
        }
        page.raw("</tbody></table></section>");
    }
}
