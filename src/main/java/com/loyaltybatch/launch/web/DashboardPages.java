package com.loyaltybatch.launch.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.common.LoyaltyException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.launch.BackgroundLaunches;
import com.loyaltybatch.launch.ExecutionQueries;
import com.loyaltybatch.launch.JobRunner;
import com.loyaltybatch.launch.schedule.JobCatalog;
import com.loyaltybatch.launch.schedule.ScheduleException;
import com.loyaltybatch.report.DashboardHtml;
import com.loyaltybatch.report.ExecutionReport;
import com.loyaltybatch.report.Progress;
import com.loyaltybatch.report.StatusReports;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The dashboard: the status report live, one execution in detail, and the buttons that launch,
 * stop and restart jobs through the same checks as the command line. A button's outcome is told
 * on the page it leads to.
 */
@ConditionalOnWebApplication
@Controller
class DashboardPages {

    /** Runs the dashboard lists. */
    static final int RUNS_SHOWN = 25;
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final String SCRIPT = readScript();

    private final ExecutionQueries queries;
    private final StatusReports reports;
    private final JobCatalog catalog;
    private final BackgroundLaunches launches;
    private final JobRunner jobs;
    private final Clock clock;

    DashboardPages(ExecutionQueries queries, StatusReports reports, JobCatalog catalog, BackgroundLaunches launches,
            JobRunner jobs, Clock clock) {
        this.queries = queries;
        this.reports = reports;
        this.catalog = catalog;
        this.launches = launches;
        this.jobs = jobs;
        this.clock = clock;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/dashboard";
    }

    @GetMapping("/dashboard")
    ResponseEntity<String> dashboard(HttpServletRequest request, Principal user,
            Model model) {
        var view = view(request, user, model);
        return html(DashboardHtml.dashboard(view, forms(), reports.running(view.now()), queries.recent(null, null, RUNS_SHOWN),
                reports.charts(null)));
    }

    @GetMapping("/dashboard/live")
    ResponseEntity<String> live(HttpServletRequest request, Principal user) {
        var view = view(request, user, null);
        return html(DashboardHtml.live(view, reports.running(view.now()), queries.recent(null, null, RUNS_SHOWN)));
    }

    @GetMapping("/dashboard/executions/{id}")
    ResponseEntity<String> execution(@PathVariable long id, HttpServletRequest request, Principal user,
            Model model) {
        var view = view(request, user, model);
        return html(DashboardHtml.execution(view, queries.execution(id), progress(id, view.now())));
    }

    @GetMapping("/dashboard/executions/{id}/live")
    ResponseEntity<String> executionLive(@PathVariable long id, HttpServletRequest request, Principal user) {
        var view = view(request, user, null);
        return html(DashboardHtml.executionLive(view, queries.execution(id), progress(id, view.now())));
    }

    /** Fields named {@code param.KEY} are the parameters; empty ones are left to the job's defaults. */
    @PostMapping("/dashboard/jobs/{name}/launch")
    String launch(@PathVariable String name, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, String> given = new LinkedHashMap<>();
        form.forEach((field, value) -> {
            if (field.startsWith("param.") && value != null && !value.isBlank()) {
                given.put(field.substring("param.".length()), value.strip());
            }
        });
        try {
            JobExecution execution = launches.launch(name, given);
            redirect.addFlashAttribute("notice", "Launched " + name + ": execution " + execution.getId() + ".");
            return "redirect:/dashboard/executions/" + execution.getId();
        } catch (LoyaltyException refusal) {
            redirect.addFlashAttribute("error", name + " was not launched: " + refusal.getMessage());
            return "redirect:/dashboard#launch";
        }
    }

    @PostMapping("/dashboard/executions/{id}/stop")
    String stop(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> {
            jobs.stop(id);
            return "Execution " + id + " is stopping; it ends STOPPED at its next chunk boundary.";
        }, id);
    }

    @PostMapping("/dashboard/executions/{id}/restart")
    String restart(@PathVariable long id, RedirectAttributes redirect) {
        long[] restarted = {id};
        return act(id, redirect, () -> {
            restarted[0] = launches.restart(id).getId();
            return "Restarted execution " + id + " as execution " + restarted[0] + ".";
        }, restarted);
    }

    private interface Action {
        String run();
    }

    private String act(long id, RedirectAttributes redirect, Action action, long... next) {
        try {
            redirect.addFlashAttribute("notice", action.run());
        } catch (LoyaltyException refusal) {
            redirect.addFlashAttribute("error", refusal.getMessage());
        }
        return "redirect:/dashboard/executions/" + next[0];
    }

    @GetMapping(value = DashboardHtml.SCRIPT, produces = "text/javascript;charset=UTF-8")
    ResponseEntity<String> script() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(SCRIPT);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound(NotFoundException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN).body(e.getMessage() + "\n");
    }

    private List<Progress> progress(long id, java.time.Instant now) {
        return reports.running(now).stream().filter(p -> p.executionId() == id).toList();
    }

    /** One form per job the catalog lists, its fields filled with the schedule's values. */
    private List<DashboardHtml.LaunchForm> forms() {
        List<JobCatalog.JobInfo> infos;
        try {
            infos = catalog.list(false);
        } catch (ScheduleException e) {
            return List.of();
        }
        return infos.stream().map(info -> new DashboardHtml.LaunchForm(info.name(), info.description(),
                info.parameterKeys().stream().map(key -> field(key, info.parameters())).toList())).toList();
    }

    private static DashboardHtml.Field field(LaunchParameters.Key key, Map<String, String> scheduled) {
        String hint = key.description() + (key.defaultValue() == null ? "" : " (default " + key.defaultValue() + ")");
        return new DashboardHtml.Field(key.name(), hint, scheduled.getOrDefault(key.name(), ""));
    }

    /** The page's viewer; {@code model} holds the outcome of the action that led here, if any. */
    private DashboardHtml.View view(HttpServletRequest request, Principal user, Model model) {
        String notice = model == null ? null : (String) model.getAttribute("notice");
        String error = model == null ? null : (String) model.getAttribute("error");
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new DashboardHtml.View(user == null ? "" : user.getName(),
                csrf == null ? null : new DashboardHtml.Csrf(csrf.getParameterName(), csrf.getToken()), clock.instant(),
                blankToNull(notice), blankToNull(error));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noStore()).body(page);
    }

    private static String readScript() {
        try (InputStream in = DashboardPages.class.getResourceAsStream("dashboard.js")) {
            if (in == null) {
                throw new IllegalStateException("dashboard.js missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
