package com.loyaltybatch.statement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import com.loyaltybatch.report.DetailSection;
import com.loyaltybatch.report.ExecutionDetails;
import com.loyaltybatch.report.ResultChart;
import com.loyaltybatch.report.ResultChart.Series;
import com.loyaltybatch.report.ResultChart.Tone;

/**
 * What status reports show of a monthly statement beyond Spring Batch's counters: the period's
 * failed deliveries with the server's reply, the accounts filtered by reason, and a chart of
 * messages sent, filtered and failed per period. Reports mask the addresses.
 */
@Component
class StatementExecutionDetails implements ExecutionDetails {

    /** Failed deliveries listed at most; the total is in the result's {@code failed}. */
    static final int FAILED_DELIVERIES_SHOWN = 100;

    private final DeliveryRepository deliveries;

    StatementExecutionDetails(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String jobName() {
        return MonthlyStatementJobConfiguration.JOB;
    }

    /** A real run's messages sent and failed so far, from the period's records; a dry run's rendered. */
    @Override
    public Map<String, Long> progress(StepExecution step) {
        var parameters = step.getJobExecution().getJobParameters();
        if ("true".equals(parameters.getString(MonthlyStatementParameters.DRY_RUN))) {
            return Map.of("rendered", step.getExecutionContext().getLong(StatementWriter.RENDERED, 0L));
        }
        var counts = deliveries.counts(parameters.getString(MonthlyStatementParameters.PERIOD));
        Map<String, Long> progress = new LinkedHashMap<>();
        progress.put("sent", counts.sent());
        progress.put("failed", counts.failed());
        progress.put("uncertain", counts.uncertain());
        return progress;
    }

    @Override
    public Map<String, DetailSection> sections(JobExecution execution) {
        Map<String, DetailSection> sections = new LinkedHashMap<>();
        sections.put("failedDeliveries", failedDeliveries(execution));
        List<Map<String, Object>> filtered = new ArrayList<>();
        for (AudienceFilter.Reason reason : AudienceFilter.Reason.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("reason", reason.name());
            row.put("count", execution.getExecutionContext().getLong(reason.key(), 0L));
            filtered.add(row);
        }
        sections.put("filtered", new DetailSection("Filtered accounts by reason", filtered));
        return sections;
    }

    /** The period's deliveries the server refused; a dry run delivers nothing, so it has none. */
    private DetailSection failedDeliveries(JobExecution execution) {
        String period = execution.getJobParameters().getString(MonthlyStatementParameters.PERIOD);
        if (period == null || isDryRun(execution)) {
            return new DetailSection("Failed deliveries", List.of());
        }
        List<Map<String, Object>> rows = deliveries.failures(period, FAILED_DELIVERIES_SHOWN).stream()
                .map(failure -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("accountId", failure.get("account_id"));
                    row.put("email", failure.get("email"));
                    row.put("reply", failure.get("reply"));
                    return row;
                })
                .toList();
        long total = deliveries.counts(period).failed();
        String title = "Failed deliveries of " + period
                + (total > rows.size() ? " (first " + rows.size() + " of " + total + ")" : "");
        return new DetailSection(title, rows);
    }

    @Override
    public Optional<ResultChart> chart() {
        return Optional.of(new ResultChart("Monthly statements per period", MonthlyStatementParameters.PERIOD,
                List.of(new Series("sent", "Sent", Tone.POSITIVE), new Series("filtered", "Filtered", Tone.NEUTRAL),
                        new Series("failed", "Failed", Tone.NEGATIVE)),
                parameters -> !"true".equals(parameters.getString(MonthlyStatementParameters.DRY_RUN))));
    }

    /** Stored parameters are resolved, so a dry run is exactly {@code dry-run=true}. */
    private static boolean isDryRun(JobExecution execution) {
        return "true".equals(execution.getJobParameters().getString(MonthlyStatementParameters.DRY_RUN));
    }
}
