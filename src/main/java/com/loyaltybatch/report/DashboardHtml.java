package com.loyaltybatch.report;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The dashboard's pages: the status report served live behind a login. Parts that change (the
 * running executions' progress, the runs) sit in regions the page's script refreshes from a
 * fragment URL; every button is a form that carries the session's CSRF token and asks for
 * confirmation first. Everything shown is escaped and redacted as in the report.
 */
public final class DashboardHtml {

    /** The dashboard's script: live regions and confirmations. */
    public static final String SCRIPT = "/dashboard/dashboard.js";
    private static final String FOOTER = "Times in UTC. Email addresses are masked.";

    /** The token a form must send back, and the name of its field. */
    public record Csrf(String parameterName, String token) {
    }

    /** Who is looking, the form token, the time, and a message left by the last action. */
    public record View(String user, Csrf csrf, Instant now, String notice, String error) {
    }

    /** A job that can be launched from the dashboard, with its parameters. */
    public record LaunchForm(String job, String description, List<Field> fields) {
    }

    /** One parameter of a launch form; {@code value} is what the field starts with (a schedule's value). */
    public record Field(String name, String description, String value) {
    }

    private DashboardHtml() {
    }

    /** The dashboard: running executions, the latest runs, the charts and the launch forms. */
    public static String dashboard(View view, List<LaunchForm> forms, List<Progress> running, List<ExecutionReport> runs,
            List<Chart> charts) {
        HtmlPage page = frame("Loyalty Batch · dashboard", view)
                .header("Dashboard", "all jobs", "Latest " + runs.size() + (runs.size() == 1 ? " execution" : " executions")
                        + " · refreshed every 2 s");
        messages(page, view);
        page.raw("<div id=\"live\" data-live=\"/dashboard/live\">");
        live(page, view, running, runs);
        page.raw("</div>");
        HtmlReport.charts(page, charts);
        page.raw("<section class=\"panel\" id=\"launch\"><h2>Launch a job</h2><div class=\"launch\">");
        for (LaunchForm form : forms) {
            launchForm(page, view, form);
        }
        page.raw("</div></section>");
        return page.end(FOOTER);
    }

    /** The dashboard's live region alone. */
    public static String live(View view, List<Progress> running, List<ExecutionReport> runs) {
        HtmlPage page = HtmlPage.fragment();
        live(page, view, running, runs);
        return page.markup();
    }

    private static void live(HtmlPage page, View view, List<Progress> running, List<ExecutionReport> runs) {
        HtmlReport.cards(page, runs);
        if (!running.isEmpty()) {
            page.raw("<section class=\"panel\" id=\"running\"><h2>Running</h2>");
            running.forEach(progress -> progress(page, progress));
            page.raw("</section>");
        }
        page.raw("<section class=\"panel\"><h2>Executions</h2>");
        HtmlReport.runs(page, runs, view.now(), links(view));
        page.raw("</section>");
    }

    /** One execution in detail, with its progress while it runs and the buttons that apply to it. */
    public static String execution(View view, ExecutionReport run, List<Progress> progress) {
        HtmlPage page = frame("Execution " + run.executionId() + " · " + run.jobName(), view)
                .header("Execution " + run.executionId(), run.jobName(), "refreshed every 2 s");
        messages(page, view);
        page.raw("<div id=\"live\" data-live=\"/dashboard/executions/").text(run.executionId()).raw("/live\">");
        executionLive(page, view, run, progress);
        return page.raw("</div>").end(FOOTER);
    }

    /** The detail page's live region alone. */
    public static String executionLive(View view, ExecutionReport run, List<Progress> progress) {
        HtmlPage page = HtmlPage.fragment();
        executionLive(page, view, run, progress);
        return page.markup();
    }

    private static void executionLive(HtmlPage page, View view, ExecutionReport run, List<Progress> progress) {
        if (actionable(run)) {
            page.raw("<section class=\"panel\" id=\"execution-actions\"><div class=\"panel-head\"><h2>Actions</h2><div>");
            actions(page, view, run);
            page.raw("</div></div></section>");
        }
        if (!progress.isEmpty()) {
            page.raw("<section class=\"panel\" id=\"running\"><h2>Progress</h2>");
            progress.forEach(p -> progress(page, p));
            page.raw("</section>");
        }
        HtmlReport.executionBody(page, run, view.now());
    }

    /** The sign-in page; {@code message} says why it is shown again (a wrong password, a sign-out). */
    public static String login(Csrf csrf, String message, boolean error) {
        HtmlPage page = new HtmlPage("Sign in · Loyalty Batch", SCRIPT);
        page.raw("<section class=\"panel login\"><h1>Loyalty Batch</h1><p class=\"meta\">Sign in to the dashboard.</p>");
        if (message != null) {
            page.raw(error ? "<p class=\"error\" role=\"alert\">" : "<p class=\"notice\">").text(message).raw("</p>");
        }
        page.raw("<form method=\"post\" action=\"/login\">");
        hidden(page, csrf);
        page.raw("<label>User<input type=\"text\" name=\"username\" autocomplete=\"username\" autofocus required></label>")
                .raw("<label>Password<input type=\"password\" name=\"password\" autocomplete=\"current-password\" required>")
                .raw("</label><button class=\"primary\" type=\"submit\">Sign in</button></form></section>");
        return page.end("");
    }

    private static HtmlPage frame(String title, View view) {
        HtmlPage page = new HtmlPage(title, SCRIPT);
        page.raw("<nav class=\"bar\"><a class=\"brand\" href=\"/dashboard\">Loyalty Batch</a><div class=\"links\">")
                .raw("<a href=\"/dashboard\">Dashboard</a><a href=\"/dashboard#launch\">Launch</a>")
                .raw("<span class=\"user\">").text(view.user()).raw("</span>")
                .raw("<form class=\"inline\" method=\"post\" action=\"/logout\">");
        hidden(page, view.csrf());
        return page.raw("<button class=\"link\" type=\"submit\">Sign out</button></form></div></nav>");
    }

    private static void messages(HtmlPage page, View view) {
        if (view.notice() != null) {
            page.raw("<p class=\"notice\" id=\"notice\">").text(view.notice()).raw("</p>");
        }
        if (view.error() != null) {
            page.raw("<p class=\"error\" id=\"error\" role=\"alert\">").text(view.error()).raw("</p>");
        }
    }

    private static HtmlReport.RunLinks links(View view) {
        return new HtmlReport.RunLinks() {
            @Override
            public String href(ExecutionReport run) {
                return "/dashboard/executions/" + run.executionId();
            }

            @Override
            public void actions(HtmlPage page, ExecutionReport run) {
                DashboardHtml.actions(page, view, run);
            }
        };
    }

    private static boolean actionable(ExecutionReport run) {
        return HtmlReport.running(run.status()) || "FAILED".equals(run.status()) || "STOPPED".equals(run.status());
    }

    /** Stop a running execution; restart a failed or stopped one. */
    private static void actions(HtmlPage page, View view, ExecutionReport run) {
        String what = run.jobName() + " execution " + run.executionId();
        if (HtmlReport.running(run.status())) {
            button(page, view, run, "stop", "Stop", "danger", "Stop " + what
                    + "? It ends STOPPED at its next chunk boundary and can be restarted.");
        } else if ("FAILED".equals(run.status()) || "STOPPED".equals(run.status())) {
            button(page, view, run, "restart", "Restart", "", "Restart " + what
                    + " from where it stopped? Work already done is not repeated.");
        }
    }

    private static void button(HtmlPage page, View view, ExecutionReport run, String action, String label, String css,
            String confirm) {
        page.raw("<form class=\"inline\" method=\"post\" action=\"/dashboard/executions/").text(run.executionId())
                .raw("/").raw(action).raw("\" data-confirm=\"").text(confirm).raw("\">");
        hidden(page, view.csrf());
        page.raw("<button type=\"submit\" name=\"action\" value=\"").raw(action).raw("\"")
                .raw(css.isEmpty() ? "" : " class=\"" + css + "\"").raw(">").text(label).raw("</button></form>");
    }

    private static void launchForm(HtmlPage page, View view, LaunchForm form) {
        page.raw("<form method=\"post\" action=\"/dashboard/jobs/").text(form.job()).raw("/launch\" data-job=\"")
                .text(form.job()).raw("\" data-confirm=\"").text("Launch " + form.job() + " with these parameters?")
                .raw("\"><h3>").text(form.job()).raw("</h3>");
        if (form.description() != null) {
            page.raw("<p>").text(form.description()).raw("</p>");
        }
        hidden(page, view.csrf());
        for (Field field : form.fields()) {
            page.raw("<label title=\"").text(field.description()).raw("\">").text(field.name())
                    .raw("<input type=\"text\" name=\"param.").text(field.name()).raw("\" value=\"").text(field.value())
                    .raw("\" placeholder=\"").text(field.description()).raw("\"></label>");
        }
        page.raw("<button class=\"primary\" type=\"submit\">Launch</button></form>");
    }

    /** One running step: its bar, and the job's own counters (a statement's sent, failed) instead of "written" when it has them. */
    private static void progress(HtmlPage page, Progress progress) {
        page.raw("<div class=\"progress\" data-execution-id=\"").text(progress.executionId()).raw("\"><div class=\"line\">")
                .raw("<span><a href=\"/dashboard/executions/").text(progress.executionId()).raw("\">")
                .text(progress.jobName() + " execution " + progress.executionId()).raw("</a> · ").text(progress.stepName())
                .raw(" ").pill(progress.status()).raw("</span><span>");
        Integer percent = progress.percent();
        page.text(percent == null ? Display.count(progress.read()) + " read"
                : percent + "% · " + Display.count(progress.read()) + " of " + Display.count(progress.total()) + " read");
        page.raw("</span></div><div class=\"meter\"><span style=\"width:").text(percent == null ? 0 : percent)
                .raw("%\"></span></div><div class=\"figures\">");
        if (progress.counters().isEmpty()) {
            figure(page, "written", Display.count(progress.written()));
        }
        for (Map.Entry<String, Long> counter : progress.counters().entrySet()) {
            figure(page, counter.getKey(), Display.count(counter.getValue()));
        }
        figure(page, "filtered", Display.count(progress.filtered()));
        if (progress.skipped() > 0) {
            figure(page, "skipped", Display.count(progress.skipped()));
        }
        figure(page, "rate", String.format(java.util.Locale.ROOT, "%,.1f/s", progress.ratePerSecond()));
        figure(page, "time left", progress.secondsLeft() == null ? "unknown"
                : Display.duration(Duration.ofSeconds(progress.secondsLeft())));
        page.raw("</div></div>");
    }

    private static void figure(HtmlPage page, String name, String value) {
        page.raw("<span data-figure=\"").text(name).raw("\">").text(name).raw(" <b>").text(value).raw("</b></span>");
    }

    private static void hidden(HtmlPage page, Csrf csrf) {
        if (csrf != null) {
            page.raw("<input type=\"hidden\" name=\"").text(csrf.parameterName()).raw("\" value=\"").text(csrf.token())
                    .raw("\">");
        }
    }
}
