package com.loyaltybatch.launch;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import com.loyaltybatch.batch.ExitStatuses;
import com.loyaltybatch.common.LoyaltyException;

/**
 * What a launch reports: the execution, its steps with Spring Batch's own counters, what the job
 * recorded as its result, and the process exit code it maps to.
 */
public record JobOutcome(long executionId, String jobName, Map<String, Object> parameters, String status,
        String exitCode, String exitDescription, LocalDateTime startTime, LocalDateTime endTime, List<Step> steps,
        Map<String, Object> result) {

    public record Step(String stepName, String status, long readCount, long writeCount, long filterCount,
            long skipCount) {
    }

    public static JobOutcome of(JobExecution execution) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        execution.getJobParameters().forEach(p -> parameters.put(p.name(), p.value()));
        Map<String, Object> result = new LinkedHashMap<>();
        execution.getExecutionContext().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("batch."))
                .filter(e -> e.getValue() instanceof String || e.getValue() instanceof Number || e.getValue() instanceof Boolean)
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> result.put(e.getKey(), e.getValue()));
        List<Step> steps = execution.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparingLong(StepExecution::getId))
                .map(s -> new Step(s.getStepName(), s.getStatus().name(), s.getReadCount(), s.getWriteCount(),
                        s.getFilterCount(), s.getSkipCount()))
                .toList();
        String description = execution.getExitStatus().getExitDescription();
        return new JobOutcome(execution.getId(), execution.getJobInstance().getJobName(), parameters,
                execution.getStatus().name(), execution.getExitStatus().getExitCode(),
                description == null || description.isBlank() ? null : description.lines().findFirst().orElse(null),
                execution.getStartTime(), execution.getEndTime(), steps, result);
    }

    /** Why an execution did not complete, in one line. */
    public static String reason(JobExecution execution) {
        RuntimeException failure = JobRunner.failure(execution);
        Throwable cause = failure instanceof JobFailedException && failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message);
    }

    /** 0 completed; 3 completed with skipped items or failed deliveries; 2 refused input; 1 otherwise. */
    public static int exitCode(JobExecution execution) {
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            boolean skipped = execution.getStepExecutions().stream().anyMatch(s -> s.getSkipCount() > 0);
            boolean failures = ExitStatuses.COMPLETED_WITH_FAILURES.getExitCode()
                    .equals(execution.getExitStatus().getExitCode());
            return skipped || failures ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.OK;
        }
        RuntimeException failure = JobRunner.failure(execution);
        return failure instanceof LoyaltyException refusal ? ExitCodes.of(refusal) : ExitCodes.FAILED;
    }
}
