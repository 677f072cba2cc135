package com.loyaltybatch.batch;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the small jobs behind management commands: one tasklet step, named like the job, whose
 * domain call runs in the step's transaction. The call and the job's bookkeeping commit or roll
 * back together, and every action is in the job history with its parameters and outcome.
 */
@Component
public final class ManagementJobs {

    /**
     * Job parameter that makes each launch its own job instance. Management actions are not
     * business-keyed runs: the same command may rightly be issued twice.
     */
    public static final String LAUNCH_ID = "launch.id";

    private final JobRepository repository;
    private final PlatformTransactionManager transactionManager;
    private final Map<String, JobContract<?, ?>> contracts = new ConcurrentHashMap<>();

    public ManagementJobs(JobRepository repository, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.transactionManager = transactionManager;
    }

    /** The job of {@code contract}: reads its request, calls the domain, notes the result. */
    public <R extends Record, T> Job job(JobContract<R, T> contract, Function<R, T> action) {
        Tasklet tasklet = (contribution, chunkContext) -> {
            var execution = contribution.getStepExecution().getJobExecution();
            T result = action.apply(contract.fromParameters(execution.getJobParameters()));
            contract.putResult(execution.getExecutionContext(), result);
            return RepeatStatus.FINISHED;
        };
        return taskletJob(contract, tasklet);
    }

    /** The contracts of the jobs built here, by job name: how a launch by name reads its text parameters. */
    public Map<String, JobContract<?, ?>> contracts() {
        return contracts;
    }

    /** Makes a job of its own (an import, a seeding) launchable by name with text parameters. */
    public void register(JobContract<?, ?> contract) {
        contracts.put(contract.name(), contract);
    }

    /** The job of a {@code contract} that notes no result. */
    public <R extends Record> Job action(JobContract<R, Void> contract, Consumer<R> action) {
        return job(contract, request -> {
            action.accept(request);
            return null;
        });
    }

    /** A management job around a tasklet of its own, e.g. one that repeats in bounded batches. */
    public Job taskletJob(JobContract<?, ?> contract, Tasklet tasklet) {
        register(contract);
        var step = new StepBuilder(contract.name(), repository).tasklet(tasklet, transactionManager).build();
        return new JobBuilder(contract.name(), repository).validator(contract.validator()).start(step).build();
    }
}
