package com.loyaltybatch.launch;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import java.util.function.Consumer;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

import org.springframework.batch.core.repository.JobRepository;

import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.LoyaltyException;

/** Launches jobs by name, synchronously, and turns their outcome into a result or a refusal. */
@Component
public class JobRunner {

    private final Map<String, Job> jobs;
    private final Map<String, LaunchParameters> launchParameters;
    private final JobOperator operator;
    private final JobRepository repository;

    /** Told about each execution as it starts on this thread; see {@link #launch(String, Map, Consumer)}. */
    private final ThreadLocal<Consumer<JobExecution>> onStart = new ThreadLocal<>();

    JobRunner(List<Job> jobs, List<LaunchParameters> launchParameters, JobOperator operator, JobRepository repository) {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        JobExecutionListener started = new JobExecutionListener() {
            @Override
            public void beforeJob(JobExecution execution) {
                Consumer<JobExecution> callback = onStart.get();
                if (callback != null) {
                    callback.accept(execution);
                }
            }
        };
        jobs.stream().filter(AbstractJob.class::isInstance)
                .forEach(job -> ((AbstractJob) job).registerJobExecutionListener(started));
        this.launchParameters = launchParameters.stream()
                .collect(Collectors.toMap(LaunchParameters::jobName, Function.identity()));
        this.operator = operator;
        this.repository = repository;
    }

    /**
     * Starts a job with {@code key=value} parameters as a person or a schedule gives them. A
     * business job resolves and validates them itself (defaults, identifying business key); any
     * other job runs them as strings, as a new instance each time.
     */
    public JobExecution launch(String jobName, Map<String, String> given) {
        return launch(jobName, given, execution -> { });
    }

    /**
     * Like {@link #launch(String, Map)}, telling {@code started} about the execution as soon as it
     * starts, so a scheduler can ask it to stop while it runs.
     */
    public JobExecution launch(String jobName, Map<String, String> given, Consumer<JobExecution> started) {
        onStart.set(started);
        try {
            return launchNow(jobName, given);
        } finally {
            onStart.remove();
        }
    }

    private JobExecution launchNow(String jobName, Map<String, String> given) {
        LaunchParameters spec = launchParameters.get(jobName);
        if (spec != null) {
            return start(jobName, spec.resolve(given));
        }
        JobParametersBuilder parameters = new JobParametersBuilder();
        given.forEach(parameters::addString);
        parameters.addString(ManagementJobs.LAUNCH_ID, UUID.randomUUID().toString());
        return start(jobName, parameters.toJobParameters());
    }

    /** Refuses parameters the job would refuse at launch, without launching it. */
    public void checkParameters(String jobName, Map<String, String> given) {
        LaunchParameters spec = launchParameters.get(jobName);
        if (spec != null) {
            spec.resolve(given);
            return;
        }
        JobParametersBuilder parameters = new JobParametersBuilder();
        given.forEach(parameters::addString);
        parameters.addString(ManagementJobs.LAUNCH_ID, "check");
        try {
            jobs.get(jobName).getJobParametersValidator().validate(parameters.toJobParameters());
        } catch (InvalidJobParametersException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** Starts a FAILED or STOPPED execution again, from where it stopped. */
    public JobExecution restart(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            throw new ConflictException("execution " + executionId + " already completed; nothing to restart");
        }
        if (execution.getStatus().isRunning()) {
            throw new ConflictException("execution " + executionId + " is " + execution.getStatus()
                    + "; if its process is gone, run 'recover " + executionId + "' first");
        }
        try {
            return operator.restart(execution);
        } catch (JobRestartException e) {
            throw new ConflictException("execution " + executionId + " cannot be restarted: " + e.getMessage());
        }
    }

    /**
     * Asks a running execution to stop gracefully: it ends STOPPED at its next chunk boundary,
     * whichever process runs it, and can be restarted.
     */
    public JobExecution stop(long executionId) {
        JobExecution execution = execution(executionId);
        if (!execution.getStatus().isRunning()) {
            throw new ConflictException("execution " + executionId + " is " + execution.getStatus() + ", not running");
        }
        try {
            operator.stop(execution);
        } catch (org.springframework.batch.core.launch.JobExecutionNotRunningException e) {
            throw new ConflictException("execution " + executionId + " is not running");
        }
        return execution(executionId);
    }

    /**
     * Marks an execution left STARTED by a process that died (kill -9, power loss) as FAILED, so
     * it can be restarted. Only for executions whose process is really gone.
     */
    public JobExecution recover(long executionId) {
        JobExecution execution = execution(executionId);
        if (!execution.getStatus().isRunning()) {
            throw new ConflictException("execution " + executionId + " is " + execution.getStatus()
                    + ", not running; only a STARTED or STOPPING execution needs recovering");
        }
        return operator.recover(execution);
    }

    public JobExecution execution(long executionId) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(executionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            throw new NotFoundException("job execution", Long.toString(executionId));
        }
        return execution;
    }

    public Map<String, Job> jobs() {
        return jobs;
    }

    /** Starts a job and waits for it to end; refusals to start come back as domain refusals. */
    public JobExecution start(String jobName, JobParameters parameters) {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw InvalidInputException.field("job", "no job named '" + jobName + "' (known: "
                    + String.join(", ", jobs.keySet().stream().sorted().toList()) + ")");
        }
        try {
            return operator.start(job, parameters);
        } catch (InvalidJobParametersException e) {
            throw new InvalidInputException(jobName + ": " + e.getMessage());
        } catch (JobInstanceAlreadyCompleteException e) {
            throw new ConflictException(jobName + " already completed for " + identifying(parameters));
        } catch (JobExecutionAlreadyRunningException e) {
            throw new ConflictException(jobName + " is already running for " + identifying(parameters));
        } catch (JobRestartException e) {
            throw new ConflictException(jobName + " cannot be restarted: " + e.getMessage());
        }
    }

    /**
     * Runs a management job as a new instance and returns what it noted as its result. A domain
     * refusal that failed the job is rethrown as it is, so the caller reports it like any other.
     */
    public ExecutionContext runAction(String jobName, JobParametersBuilder parameters) {
        return runInstance(jobName, parameters).getExecutionContext();
    }

    /** Runs a job as a new instance and returns its completed execution, or throws what failed it. */
    public JobExecution runInstance(String jobName, JobParametersBuilder parameters) {
        parameters.addString(ManagementJobs.LAUNCH_ID, UUID.randomUUID().toString());
        JobExecution execution = start(jobName, parameters.toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw failure(execution);
        }
        return execution;
    }

    private static String identifying(JobParameters parameters) {
        return parameters.getIdentifyingParameters().stream()
                .filter(p -> !ManagementJobs.LAUNCH_ID.equals(p.name()))
                .map(p -> p.name() + "=" + p.value()).sorted().collect(Collectors.joining(", "));
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

    /** The refusal or error that ended an execution. */
    static RuntimeException failure(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof LoyaltyException refusal) {
                    return refusal;
                }
            }
        }
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().map(JobRunner::rootOf).orElse(null);
        String reason = first == null ? execution.getExitStatus().getExitDescription() : first.getMessage();
        return new JobFailedException(execution.getJobInstance().getJobName() + " execution " + execution.getId()
                + " ended " + execution.getStatus() + (reason == null || reason.isBlank() ? "" : ": " + reason),
                execution.getId(), first);
    }
}
