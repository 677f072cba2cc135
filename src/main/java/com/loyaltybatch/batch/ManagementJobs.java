package com.loyaltybatch.batch;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the small jobs behind management commands: one tasklet step, named like the job, whose
 * domain call runs in the step's transaction. The call and the job's bookkeeping commit or roll
 * back together, and every action is in the job history with its parameters and outcome.
 */
public final class ManagementJobs {

    /**
     * Job parameter that makes each launch its own job instance. Management actions are not
     * business-keyed runs: the same command may rightly be issued twice.
     */
    public static final String LAUNCH_ID = "launch.id";

    private ManagementJobs() {
    }

    /** What a management job does: read its parameters, call the domain, note what it produced. */
    @FunctionalInterface
    public interface Action {
        void run(JobParameters parameters, ExecutionContext result);
    }

    public static Job job(String name, JobRepository repository, PlatformTransactionManager transactionManager,
            String[] required, String[] optional, Action action) {
        Tasklet tasklet = (contribution, chunkContext) -> {
            var stepExecution = contribution.getStepExecution();
            action.run(stepExecution.getJobParameters(), stepExecution.getJobExecution().getExecutionContext());
            return RepeatStatus.FINISHED;
        };
        return taskletJob(name, repository, transactionManager, required, optional, tasklet);
    }

    /** A management job around a tasklet of its own, e.g. one that repeats in bounded batches. */
    public static Job taskletJob(String name, JobRepository repository, PlatformTransactionManager transactionManager,
            String[] required, String[] optional, Tasklet tasklet) {
        var validator = new DefaultJobParametersValidator(required,
                Stream.concat(Arrays.stream(optional), Stream.of(LAUNCH_ID)).toArray(String[]::new));
        var step = new StepBuilder(name, repository).tasklet(tasklet, transactionManager).build();
        return new JobBuilder(name, repository).validator(validator).start(step).build();
    }

    public static String[] keys(String... keys) {
        return keys;
    }
}
