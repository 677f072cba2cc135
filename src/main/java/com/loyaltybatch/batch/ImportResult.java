package com.loyaltybatch.batch;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;

/**
 * What an import reports: its counts, copied from the step to the job's result (with the rejected
 * count and the errors file of its {@link RejectsFile}), and an exit of 3 (COMPLETED_WITH_FAILURES)
 * when it completed but rejected rows.
 */
public final class ImportResult {

    private ImportResult() {
    }

    /** Copies these step counts, and {@code rejected} and {@code errorsFile}, to the job's result. */
    public static StepExecutionListener promote(String... counts) {
        var promotion = new ExecutionContextPromotionListener();
        String[] keys = java.util.Arrays.copyOf(counts, counts.length + 2);
        keys[counts.length] = RejectsFile.REJECTED;
        keys[counts.length + 1] = RejectsFile.ERRORS_FILE;
        promotion.setKeys(keys);
        return promotion;
    }

    /** A completed import that rejected rows exits 3, also when only its writer rejected them. */
    public static JobExecutionListener rejectedRowsAreFailures() {
        return new JobExecutionListener() {
            @Override
            public void afterJob(JobExecution execution) {
                if (execution.getExitStatus().getExitCode().equals(ExitStatus.COMPLETED.getExitCode())
                        && execution.getExecutionContext().getLong(RejectsFile.REJECTED, 0L) > 0) {
                    execution.setExitStatus(ExitStatuses.COMPLETED_WITH_FAILURES);
                }
            }
        };
    }
}
