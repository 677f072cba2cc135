package com.loyaltybatch.launch;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

import com.loyaltybatch.batch.ExitStatuses;
import com.loyaltybatch.common.LoyaltyException;
import com.loyaltybatch.report.ExecutionReport;

/**
 * What a launch reports: the execution, its steps with Spring Batch's own counters, what the job
 * recorded as its result, and the process exit code it maps to. The same shape, times (ISO-8601
 * instants) and redaction as an execution in {@code status}: both come from {@link ExecutionReport}.
 */
public record JobOutcome(long executionId, String jobName, Map<String, Object> parameters, String status,
        String exitCode, String exitDescription, Instant startTime, Instant endTime, List<ExecutionReport.Step> steps,
        Map<String, Object> result) {

    public static JobOutcome of(JobExecution execution) {
        ExecutionReport report = ExecutionReport.of(execution);
        return new JobOutcome(report.executionId(), report.jobName(), report.parameters(), report.status(),
                report.exitCode(), report.exitDescription(), report.startTime(), report.endTime(), report.steps(),
                report.result());
    }

    /** Why an execution did not complete, in one line. */
    public static String reason(JobExecution execution) {
        RuntimeException failure = JobFailedException.failureOf(execution);
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
        RuntimeException failure = JobFailedException.failureOf(execution);
        return failure instanceof LoyaltyException refusal ? ExitCodes.of(refusal) : ExitCodes.FAILED;
    }
}
