package com.loyaltybatch.launch;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.loyaltybatch.common.ConflictException;

/**
 * Launches and restarts that answer as soon as the execution has started, for front doors that
 * cannot wait for a job to end (the HTTP API, the dashboard). A refusal (unknown job, bad
 * parameter, an instance already running or complete) comes back to the caller as it would from
 * {@link JobRunner}. On shutdown, like the scheduler, no new launch starts and the executions
 * still running are asked to stop at their next chunk boundary, ready to be restarted.
 */
@Component
public class BackgroundLaunches implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BackgroundLaunches.class);
    /** How long a caller waits for an execution to start before it is told to look at the status. */
    static final Duration START_WAIT = Duration.ofSeconds(30);
    static final long SHUTDOWN_WAIT_SECONDS = 120;

    private final JobRunner jobs;
    private final JobOperator operator;
    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger threads = new AtomicInteger();
    private volatile ExecutorService executor = newExecutor();
    private volatile boolean accepting = true;

    BackgroundLaunches(JobRunner jobs, JobOperator operator) {
        this.jobs = jobs;
        this.operator = operator;
    }

    /** Launches a job as {@link JobRunner#launch(String, Map)} does, returning the started execution. */
    public JobExecution launch(String jobName, Map<String, String> given) {
        jobs.checkParameters(jobName, given);
        return inBackground(started -> jobs.launch(jobName, given, started), jobName);
    }

    /** Restarts a FAILED or STOPPED execution as {@link JobRunner#restart(long)} does, returning the new execution once started. */
    public JobExecution restart(long executionId) {
        JobExecution previous = jobs.execution(executionId);
        String jobName = previous.getJobInstance().getJobName();
        return inBackground(started -> jobs.restart(executionId, started), jobName);
    }

    private interface Launch {
        JobExecution run(Consumer<JobExecution> started);
    }

    private JobExecution inBackground(Launch launch, String jobName) {
        if (!accepting) {
            throw new ConflictException("the server is shutting down; no new launches");
        }
        CompletableFuture<JobExecution> start = new CompletableFuture<>();
        executor.execute(() -> {
            JobExecution[] execution = new JobExecution[1];
            try {
                execution[0] = launch.run(started -> {
                    execution[0] = started;
                    running.add(started);
                    start.complete(started);
                });
                start.complete(execution[0]);
                log.info("{}: execution {} ended {} (exit code {})", jobName, execution[0].getId(),
                        execution[0].getStatus(), JobOutcome.exitCode(execution[0]));
            } catch (RuntimeException e) {
                if (!start.completeExceptionally(e)) {
                    log.error("{}: execution failed: {}", jobName, e.getMessage(), e);
                }
            } finally {
                if (execution[0] != null) {
                    running.remove(execution[0]);
                }
            }
        });
        try {
            return start.get(START_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(jobName + " did not start within " + START_WAIT.toSeconds()
                    + " s; see the job status for its execution");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while launching " + jobName, e);
        }
    }

    private ExecutorService newExecutor() {
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "launch-" + threads.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        });
    }

    @Override
    public synchronized void start() {
        if (executor.isShutdown()) {
            executor = newExecutor();
        }
        accepting = true;
    }

    @Override
    public synchronized void stop() {
        accepting = false;
        if (!running.isEmpty()) {
            log.info("Stopping: asking {} running execution(s) launched over HTTP to stop", running.size());
        }
        for (JobExecution execution : running) {
            try {
                operator.stop(execution);
            } catch (Exception e) {
                log.warn("Could not stop execution {}: {}", execution.getId(), e.getMessage());
            }
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Running executions did not stop within {} s; recover them after exit", SHUTDOWN_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return accepting;
    }

    @Override
    public int getPhase() {
        // stop before the rest of the application: running jobs still need the database
        return Integer.MAX_VALUE;
    }
}
