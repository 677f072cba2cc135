package com.loyaltybatch.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.step.StepExecution;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.loyaltybatch.batch.ManagementJobs;

/**
 * One job execution as reports show it, and the JSON shape of {@code status} (and of
 * {@code run}): Spring Batch's own names, times as ISO-8601 instants, the simple values the job
 * recorded in its execution context as {@code result}, and why each step failed as its
 * {@code failures}. Everything in it is redacted. The detail view adds the {@code details} the
 * job contributes; the list leaves them out.
 */
public record ExecutionReport(long executionId, String jobName, Map<String, Object> parameters, String status,
        String exitCode, String exitDescription, Instant startTime, Instant endTime, List<Step> steps,
        Map<String, Object> result, @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, DetailSection> details) {

    public record Step(String stepName, String status, long readCount, long writeCount, long filterCount,
            long skipCount, List<String> failures) {
    }

    /** The summary of an execution, as listed. */
    public static ExecutionReport of(JobExecution execution) {
        return of(execution, null);
    }

    /** An execution in detail: step failures and the sections its job contributes. */
    public static ExecutionReport detailed(JobExecution execution, Map<String, DetailSection> details) {
        Map<String, DetailSection> redacted = new LinkedHashMap<>();
        details.forEach((name, section) -> redacted.put(name, redact(section)));
        return of(execution, redacted);
    }

    private static ExecutionReport of(JobExecution execution, Map<String, DetailSection> details) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        execution.getJobParameters().parameters().stream()
                .filter(p -> !ManagementJobs.LAUNCH_ID.equals(p.name()))
                .sorted(Comparator.comparing(JobParameter::name))
                .forEach(p -> parameters.put(p.name(), Redaction.value(p.name(), p.value())));
        Map<String, Object> result = new LinkedHashMap<>();
        execution.getExecutionContext().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("batch."))
                .filter(e -> e.getValue() instanceof String || e.getValue() instanceof Number || e.getValue() instanceof Boolean)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.put(e.getKey(), Redaction.value(e.getKey(), e.getValue())));
        List<Step> steps = execution.getStepExecutions().stream()
                .sorted(Comparator.comparingLong(StepExecution::getId))
                .map(s -> new Step(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
                        s.getFilterCount(), s.getSkipCount(), Failures.of(s)))
                .toList();
        return new ExecutionReport(execution.getId(), execution.getJobInstance().getJobName(), parameters,
                execution.getStatus().name(), execution.getExitStatus().getExitCode(),
                Redaction.text(Failures.firstLine(execution.getExitStatus().getExitDescription())),
                Timestamps.instant(execution.getStartTime()), Timestamps.instant(execution.getEndTime()), steps,
                result, details);
    }

    /** How long it ran, or has been running so far; null before it started. */
    @JsonIgnore
    public Duration duration(Instant now) {
        if (startTime == null) {
            return null;
        }
        return Duration.between(startTime, endTime != null ? endTime : now);
    }

    /**
     * Why it did not complete, in one line: the root cause noted by the last step that failed,
     * or else the execution's exit description; null when there is nothing to say.
     */
    @JsonIgnore
    public String reason() {
        for (int i = steps.size() - 1; i >= 0; i--) {
            List<String> failures = steps.get(i).failures();
            if (!failures.isEmpty()) {
                return failures.get(failures.size() - 1);
            }
        }
        return exitDescription;
    }

    /** Items over all steps. */
    @JsonIgnore
    public Totals totals() {
        return new Totals(steps.stream().mapToLong(Step::readCount).sum(), steps.stream().mapToLong(Step::writeCount).sum(),
                steps.stream().mapToLong(Step::filterCount).sum(), steps.stream().mapToLong(Step::skipCount).sum());
    }

    public record Totals(long read, long written, long filtered, long skipped) {
    }

    private static DetailSection redact(DetailSection section) {
        return new DetailSection(Redaction.text(section.title()), section.rows().stream().map(row -> {
            Map<String, Object> redacted = new LinkedHashMap<>();
            row.forEach((key, value) -> redacted.put(key, Redaction.value(key, value)));
            return redacted;
        }).toList());
    }
}
