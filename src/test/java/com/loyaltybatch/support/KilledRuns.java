package com.loyaltybatch.support;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.loyaltybatch.batch.LaunchParameters;

/** Executions as a killed process leaves them in the job repository. */
public final class KilledRuns {

    private KilledRuns() {
    }

    /** A monthly statement of {@code period} STARTED in its sending step, with nobody running it; its id. */
    public static long statementLeftRunning(JobRepository repository, List<LaunchParameters> launchParameters,
            String period) {
        var parameters = launchParameters.stream().filter(p -> p.jobName().equals("monthly-statement")).findFirst()
                .orElseThrow().resolve(Map.of("period", period));
        var instance = repository.createJobInstance("monthly-statement", parameters);
        JobExecution execution = repository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        repository.update(execution);
        var step = repository.createStepExecution("monthly-statement-send", execution);
        step.setStatus(BatchStatus.STARTED);
        step.setStartTime(LocalDateTime.now());
        repository.update(step);
        return execution.getId();
    }
}
