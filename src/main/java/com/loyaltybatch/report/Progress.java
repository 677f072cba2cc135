package com.loyaltybatch.report;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.batch.core.step.StepExecution;

import com.loyaltybatch.batch.ProgressLogger;

/**
 * How far a running execution has got, from what its running step committed last: items read of
 * the expected total (when the step noted it, see {@link ProgressLogger#TOTAL}), written, filtered and skipped,
 * the rate since the step started and the time left at that rate, and what its job adds (a
 * statement's messages sent and failed).
 */
public record Progress(long executionId, String jobName, String status, String stepName, long read, Long total,
        long written, long filtered, long skipped, Map<String, Long> counters, double ratePerSecond, Long secondsLeft) {

    static Progress of(StepExecution step, Map<String, Long> counters, Instant now) {
        long read = step.getReadCount();
        Long total = step.getExecutionContext().containsKey(ProgressLogger.TOTAL)
                ? step.getExecutionContext().getLong(ProgressLogger.TOTAL) : null;
        Instant started = Timestamps.instant(step.getStartTime());
        double seconds = started == null ? 0 : Math.max(Duration.between(started, now).toMillis() / 1000.0, 0.001);
        double rate = seconds == 0 ? 0 : read / seconds;
        Long left = total != null && rate > 0 ? Math.max(0, Math.round((total - read) / rate)) : null;
        return new Progress(step.getJobExecution().getId(), step.getJobExecution().getJobInstance().getJobName(),
                step.getJobExecution().getStatus().name(), step.getStepName(), read, total, step.getWriteCount(),
                step.getFilterCount(), step.getSkipCount(), counters, Math.round(rate * 10) / 10.0, left);
    }

    /** Percent of the expected items read, or null when the total is not known. */
    public Integer percent() {
        return total == null || total == 0 ? null : (int) Math.min(100, read * 100 / total);
    }
}
