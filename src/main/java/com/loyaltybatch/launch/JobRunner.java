package com.loyaltybatch.launch;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
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

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.LoyaltyException;

/** Launches jobs by name, synchronously, and turns their outcome into a result or a refusal. */
@Component
public class JobRunner {

    private final Map<String, Job> jobs;
    private final JobOperator operator;

    JobRunner(List<Job> jobs, JobOperator operator) {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.operator = operator;
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
            throw new ConflictException(jobName + " already completed for " + parameters.getIdentifyingParameters());
        } catch (JobExecutionAlreadyRunningException e) {
            throw new ConflictException(jobName + " is already running for " + parameters.getIdentifyingParameters());
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

    /** The refusal or error that ended an execution. */
    static RuntimeException failure(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof LoyaltyException refusal) {
                    return refusal;
                }
            }
        }
        Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
        String reason = first == null ? execution.getExitStatus().getExitDescription() : first.getMessage();
        return new JobFailedException(execution.getJobInstance().getJobName() + " execution " + execution.getId()
                + " ended " + execution.getStatus() + (reason == null || reason.isBlank() ? "" : ": " + reason),
                execution.getId(), first);
    }
}
