package com.loyaltybatch.launch;

import java.util.List;
import java.util.Locale;

import org.springframework.batch.core.BatchStatus;
import org.springframework.stereotype.Component;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.report.ExecutionReport;
import com.loyaltybatch.report.StatusReports;

/**
 * The status report's questions as every front door asks them ({@code status}, {@code GET
 * /jobs/executions}, the dashboard): the same checks, the same answers, so one monitoring script
 * reads all of them.
 */
@Component
public class ExecutionQueries {

    public static final int MAX_LIMIT = 1000;

    private final StatusReports reports;
    private final JobRunner jobs;

    ExecutionQueries(StatusReports reports, JobRunner jobs) {
        this.reports = reports;
        this.jobs = jobs;
    }

    /**
     * The latest executions, newest first, of one job or (null) of all, with one status or (null)
     * any; {@code limit} 1 to {@value #MAX_LIMIT}.
     */
    public List<ExecutionReport> recent(String job, String status, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.field("limit", "must be 1 to " + MAX_LIMIT + ", got " + limit);
        }
        if (job != null && !jobs.jobs().containsKey(job) && !reports.jobNames().contains(job)) {
            throw InvalidInputException.field("job", "no job named '" + job + "' (known: "
                    + String.join(", ", jobs.jobs().keySet().stream().sorted().toList()) + ")");
        }
        if (status == null) {
            return reports.recent(job, limit);
        }
        String wanted = batchStatus(status);
        return reports.recent(job, MAX_LIMIT).stream().filter(run -> run.status().equals(wanted)).limit(limit).toList();
    }

    /** One execution in detail, with what its job contributes. */
    public ExecutionReport execution(long executionId) {
        return reports.execution(executionId)
                .orElseThrow(() -> new NotFoundException("job execution", Long.toString(executionId)));
    }

    private static String batchStatus(String status) {
        try {
            return BatchStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("status", "not a status: '" + status + "' (one of "
                    + String.join(", ", java.util.Arrays.stream(BatchStatus.values()).map(Enum::name).toList()) + ")");
        }
    }
}
