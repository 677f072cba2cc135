package com.loyaltybatch.launch;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import com.loyaltybatch.batch.JobContract;
import com.loyaltybatch.batch.LaunchParameters;
import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.NotFoundException;

/** Launches jobs by name, synchronously, and turns their outcome into a result or a refusal. */
@Component
public class JobRunner {

    private final Map<String, Job> jobs;
    private final Map<String, LaunchParameters> launchParameters;
    private final JobOperator operator;
    private final JobRepository repository;
    private final Map<String, JobContract<?, ?>> contracts;

    /** Told about each execution as it starts on this thread; see {@link #launch(String, Map, Consumer)}. */
    private final ThreadLocal<Consumer<JobExecution>> onStart = new ThreadLocal<>();

    JobRunner(List<Job> jobs, List<LaunchParameters> launchParameters, ManagementJobs managementJobs,
            JobOperator operator, JobRepository repository) {
        this.contracts = managementJobs.contracts();
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
        JobParametersBuilder parameters = parametersOf(jobName, given);
        parameters.addString(ManagementJobs.LAUNCH_ID, UUID.randomUUID().toString());
        return start(jobName, parameters.toJobParameters());
    }

    /** Text parameters as the job's contract reads them, or as strings for a job without one. */
    private JobParametersBuilder parametersOf(String jobName, Map<String, String> given) {
        JobContract<?, ?> contract = contracts.get(jobName);
        if (contract != null) {
            return new JobParametersBuilder(textToParameters(contract, given));
        }
        JobParametersBuilder parameters = new JobParametersBuilder();
        given.forEach(parameters::addString);
        return parameters;
    }

    private static <R extends Record> JobParameters textToParameters(JobContract<R, ?> contract, Map<String, String> given) {
        return contract.toParameters(contract.fromText(given));
    }

    /** Refuses parameters the job would refuse at launch, without launching it. */
    public void checkParameters(String jobName, Map<String, String> given) {
        job(jobName);
        LaunchParameters spec = launchParameters.get(jobName);
        if (spec != null) {
            spec.resolve(given);
            return;
        }
        JobParametersBuilder parameters = parametersOf(jobName, given);
        parameters.addString(ManagementJobs.LAUNCH_ID, "check");
        try {
            jobs.get(jobName).getJobParametersValidator().validate(parameters.toJobParameters());
        } catch (InvalidJobParametersException e) {
            throw new InvalidInputException(e.getMessage());
        }
    }

    /** Starts a FAILED or STOPPED execution again, from where it stopped. */
    public JobExecution restart(long executionId) {
        return restart(executionId, execution -> { });
    }

    /** Like {@link #restart(long)}, telling {@code started} about the new execution as soon as it starts. */
    public JobExecution restart(long executionId, Consumer<JobExecution> started) {
        onStart.set(started);
        try {
            return restartNow(executionId);
        } finally {
            onStart.remove();
        }
    }

    private JobExecution restartNow(long executionId) {
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

    /** The job of that name; an unknown name is refused, naming the known ones. */
    public Job job(String jobName) {
        Job job = jobs.get(jobName);
        if (job == null) {
            throw InvalidInputException.field("job", "no job named '" + jobName + "' (known: "
                    + String.join(", ", jobs.keySet().stream().sorted().toList()) + ")");
        }
        return job;
    }

    public Map<String, Job> jobs() {
        return jobs;
    }

    /** The typed contracts of the jobs that have one, by job name. */
    public Map<String, JobContract<?, ?>> contracts() {
        return contracts;
    }

    /** Starts a job and waits for it to end; refusals to start come back as domain refusals. */
    public JobExecution start(String jobName, JobParameters parameters) {
        Job job = job(jobName);
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
     * Runs the management job of {@code contract} as a new instance and returns the result it
     * noted (null for a job that notes none). A domain refusal that failed the job is rethrown as
     * it is, so the caller reports it like any other.
     */
    public <R extends Record, T> T run(JobContract<R, T> contract, R request) {
        return contract.result(runInstance(contract, request).getExecutionContext());
    }

    /** Runs the job of {@code contract} as a new instance and returns its completed execution, or throws what failed it. */
    public <R extends Record> JobExecution runInstance(JobContract<R, ?> contract, R request) {
        return runInstance(contract.name(), new JobParametersBuilder(contract.toParameters(request)));
    }

    /** Runs a job as a new instance and returns its completed execution, or throws what failed it. */
    public JobExecution runInstance(String jobName, JobParametersBuilder parameters) {
        parameters.addString(ManagementJobs.LAUNCH_ID, UUID.randomUUID().toString());
        JobExecution execution = start(jobName, parameters.toJobParameters());
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw JobFailedException.failureOf(execution);
        }
        return execution;
    }

    private static String identifying(JobParameters parameters) {
        return parameters.getIdentifyingParameters().stream()
                .filter(p -> !ManagementJobs.LAUNCH_ID.equals(p.name()))
                .map(p -> p.name() + "=" + p.value()).sorted().collect(Collectors.joining(", "));
    }
}
