package com.loyaltybatch.launch;

import org.springframework.batch.core.job.JobExecution;

import com.loyaltybatch.common.LoyaltyException;

/** A job ended FAILED for a reason that is not a domain refusal (I/O, database, a bug). */
public class JobFailedException extends RuntimeException {

    private final long executionId;

    public JobFailedException(String message, long executionId, Throwable cause) {
        super(message, cause);
        this.executionId = executionId;
    }

    public long executionId() {
        return executionId;
    }

    /**
     * The cause worth telling: Spring Batch wraps what failed a chunk ("Unable to process chunk");
     * the first exception past its wrappers says what went wrong.
     */
    private static Throwable rootOf(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause
                && cause.getClass().getName().startsWith("org.springframework.batch.")) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * The refusal or error that ended an execution: a domain refusal as it is (so it is reported
     * like any other), else this exception with the first cause past Spring Batch's wrappers.
     */
    static RuntimeException failureOf(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof LoyaltyException refusal) {
                    return refusal;
                }
            }
        }
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().map(JobFailedException::rootOf).orElse(null);
        String reason = first == null ? execution.getExitStatus().getExitDescription() : first.getMessage();
        return new JobFailedException(execution.getJobInstance().getJobName() + " execution " + execution.getId()
                + " ended " + execution.getStatus() + (reason == null || reason.isBlank() ? "" : ": " + reason),
                execution.getId(), first);
    }
}
