package com.loyaltybatch.launch.schedule;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.LoyaltyException;
import com.loyaltybatch.launch.JobOutcome;
import com.loyaltybatch.launch.JobRunner;

/**
 * Launches each enabled job on its schedule ({@code serve}). Every fire takes the job's lease in
 * the database first, so competing schedulers never launch the same job at once; a fire whose
 * job instance already completed (the month's statement went out) is logged and skipped. On
 * shutdown (SIGTERM) no new launch starts, running executions are asked to stop at the next
 * chunk boundary, and the process waits for them: they end STOPPED, ready for {@code restart}.
 */
@Component
public class JobScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);
    static final long SHUTDOWN_WAIT_SECONDS = 120;

    private final JobRunner jobs;
    private final JobOperator operator;
    private final JobLock lock;
    private final Set<JobExecution> running = ConcurrentHashMap.newKeySet();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile ThreadPoolTaskScheduler scheduler;

    JobScheduler(JobRunner jobs, JobOperator operator, JobLock lock) {
        this.jobs = jobs;
        this.operator = operator;
        this.lock = lock;
    }

    /** Schedules every enabled job; returns at once. */
    public synchronized void start(Collection<JobSchedule> schedules) {
        ThreadPoolTaskScheduler tasks = new ThreadPoolTaskScheduler();
        tasks.setPoolSize(Math.max(2, schedules.size()));
        tasks.setThreadNamePrefix("schedule-");
        tasks.initialize();
        tasks.getScheduledThreadPoolExecutor().setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        for (JobSchedule schedule : schedules) {
            if (!schedule.enabled()) {
                log.info("{}: disabled in {}", schedule.job(), schedule.source());
                continue;
            }
            tasks.schedule(() -> fire(schedule), new CronTrigger(schedule.cron(), schedule.zone()));
            log.info("{}: scheduled '{}' ({}), next at {}", schedule.job(), schedule.cron(), schedule.zone(),
                    schedule.nextFire(java.time.ZonedDateTime.now(schedule.zone())));
        }
        scheduler = tasks;
    }

    /** Blocks until the scheduler has been stopped and its running jobs have ended. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    void fire(JobSchedule schedule) {
        String job = schedule.job();
        if (!lock.tryAcquire(job)) {
            log.info("{}: skipped, another scheduler is running it", job);
            return;
        }
        try {
            log.info("{}: launching with {}", job, schedule.parameters());
            JobExecution execution = jobs.launch(job, schedule.parameters(), running::add);
            running.remove(execution);
            log.info("{}: execution {} ended {} (exit code {}){}", job, execution.getId(), execution.getStatus(),
                    JobOutcome.exitCode(execution), summary(execution));
        } catch (ConflictException e) {
            log.info("{}: skipped, {}", job, e.getMessage());
        } catch (LoyaltyException e) {
            log.warn("{}: not launched: {}", job, e.getMessage());
        } catch (RuntimeException e) {
            log.error("{}: launch failed: {}", job, e.getMessage(), e);
        } finally {
            lock.release(job);
        }
    }

    private static String summary(JobExecution execution) {
        Object summary = execution.getExecutionContext().get("summary");
        return summary == null ? "" : ": " + summary;
    }

    @Override
    public synchronized void start() {
        // scheduling starts with start(schedules), from the serve command
    }

    @Override
    public void stop() {
        ThreadPoolTaskScheduler tasks = scheduler;
        if (tasks == null) {
            stopped.countDown();
            return;
        }
        log.info("Stopping: no new launches; asking {} running execution(s) to stop", running.size());
        tasks.getScheduledExecutor().shutdown();
        for (JobExecution execution : running) {
            try {
                operator.stop(execution);
            } catch (Exception e) {
                log.warn("Could not stop execution {}: {}", execution.getId(), e.getMessage());
            }
        }
        try {
            if (!tasks.getScheduledExecutor().awaitTermination(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Running executions did not stop within {} s; recover them after exit", SHUTDOWN_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scheduler = null;
        stopped.countDown();
        log.info("Scheduler stopped");
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        // stop before the rest of the application: running jobs still need the database
        return Integer.MAX_VALUE;
    }
}
