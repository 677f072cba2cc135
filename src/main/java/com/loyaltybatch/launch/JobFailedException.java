package com.loyaltybatch.launch;

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
}
