package com.loyaltybatch.batch;

import java.time.Duration;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Logs the progress of a long step at most every {@code interval}: items read of the expected
 * total, rate and estimated time left; and a last line when the step ends.
 */
public class ProgressLogger implements StepExecutionListener, ChunkListener<Object, Object> {

    private static final Logger log = LoggerFactory.getLogger(ProgressLogger.class);

    /** The step execution context key under which the step notes how many items it expects to read. */
    public static final String TOTAL = "progress.total";

    private final String label;
    private final LongSupplier total;
    private final Duration interval;
    private StepExecution step;
    private long expected;
    private long startNanos;
    private long startCount;
    private long lastLogNanos;

    public ProgressLogger(String label, LongSupplier total, Duration interval) {
        this.label = label;
        this.total = total;
        this.interval = interval;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        expected = total.getAsLong();
        // for status reports while the step runs (saved with the step's context at each commit)
        stepExecution.getExecutionContext().putLong(TOTAL, expected);
        startNanos = lastLogNanos = System.nanoTime();
        startCount = stepExecution.getReadCount();
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        long now = System.nanoTime();
        if (now - lastLogNanos >= interval.toNanos()) {
            lastLogNanos = now;
            log.info("{}", line(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        log.info("{} ({})", line(System.nanoTime()), stepExecution.getStatus());
        return null;
    }

    private static String clock(long seconds) {
        return seconds >= 3600 ? String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    private String line(long now) {
        long read = step.getReadCount();
        double seconds = Math.max((now - startNanos) / 1e9, 0.001);
        double rate = (read - startCount) / seconds;
        String eta = rate > 0 && expected > read ? ", ETA " + clock((long) ((expected - read) / rate)) : "";
        return String.format("%s: %,d of %,d read, %,d written, %,d filtered, %.0f/s%s", label, read, expected,
                step.getWriteCount(), step.getFilterCount(), rate, eta);
    }
}
