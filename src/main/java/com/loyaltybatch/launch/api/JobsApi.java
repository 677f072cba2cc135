package com.loyaltybatch.launch.api;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.launch.BackgroundLaunches;
import com.loyaltybatch.launch.ExecutionQueries;
import com.loyaltybatch.launch.JobRunner;
import com.loyaltybatch.launch.schedule.JobCatalog;
import com.loyaltybatch.launch.schedule.ScheduleException;
import com.loyaltybatch.report.ExecutionReport;

/**
 * Jobs over HTTP, with an API key (launches, stops and restarts need one that is not read-only):
 * the same jobs, checks and JSON as {@code jobs}, {@code run}, {@code status}, {@code stop},
 * {@code restart} and {@code recover}. A launch answers as soon as its execution has started.
 */
@ConditionalOnWebApplication
@RestController
@RequestMapping(ApiPaths.JOBS)
class JobsApi {

    record LaunchRequest(Map<String, Object> parameters) {
    }

    private final JobCatalog catalog;
    private final BackgroundLaunches launches;
    private final ExecutionQueries queries;
    private final JobRunner jobs;

    JobsApi(JobCatalog catalog, BackgroundLaunches launches, ExecutionQueries queries, JobRunner jobs) {
        this.catalog = catalog;
        this.launches = launches;
        this.queries = queries;
        this.jobs = jobs;
    }

    @GetMapping
    List<JobCatalog.JobInfo> list(@RequestParam(defaultValue = "false") boolean all) {
        try {
            return catalog.list(all);
        } catch (ScheduleException e) {
            throw new InvalidInputException("invalid job schedules: " + String.join("; ", e.problems()));
        }
    }

    @PostMapping("/{name}/executions")
    ExecutionReport launch(@PathVariable String name, @RequestBody(required = false) LaunchRequest request) {
        return ExecutionReport.of(launches.launch(name, text(request)));
    }

    @GetMapping("/executions")
    List<ExecutionReport> executions(@RequestParam(required = false) String job,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "20") int limit) {
        return queries.recent(blankToNull(job), blankToNull(status), limit);
    }

    @GetMapping("/executions/{id}")
    ExecutionReport execution(@PathVariable long id) {
        return queries.execution(id);
    }

    @PostMapping("/executions/{id}/stop")
    ExecutionReport stop(@PathVariable long id) {
        return ExecutionReport.of(jobs.stop(id));
    }

    @PostMapping("/executions/{id}/restart")
    ExecutionReport restart(@PathVariable long id) {
        return ExecutionReport.of(launches.restart(id));
    }

    @PostMapping("/executions/{id}/recover")
    ExecutionReport recover(@PathVariable long id) {
        return ExecutionReport.of(jobs.recover(id));
    }

    /** Parameters as {@code run} takes them: each a single value, given as text. */
    private static Map<String, String> text(LaunchRequest request) {
        Map<String, String> given = new java.util.LinkedHashMap<>();
        if (request == null || request.parameters() == null) {
            return given;
        }
        request.parameters().forEach((key, value) -> {
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw InvalidInputException.field("parameters." + key, "must be a single value");
            }
            given.put(key, value == null ? "" : String.valueOf(value));
        });
        return given;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
