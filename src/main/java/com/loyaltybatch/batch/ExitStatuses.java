package com.loyaltybatch.batch;

import org.springframework.batch.core.ExitStatus;

/** Exit statuses beyond Spring Batch's own, shared by jobs and the launcher. */
public final class ExitStatuses {

    /** The job completed, but some items were skipped or some deliveries failed (exit code 3). */
    public static final ExitStatus COMPLETED_WITH_FAILURES = new ExitStatus("COMPLETED_WITH_FAILURES");

    private ExitStatuses() {
    }
}
