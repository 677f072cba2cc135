package com.loyaltybatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Service;

/** Reads job status reports from the job repository: recent executions, one in detail, charts. */
@Service
public class StatusReports {

    /** Groups (e.g. periods) a chart shows at most: a year of monthly runs. */
    static final int CHART_GROUPS = 12;
    /** Instances a chart looks back over; rehearsals (dry runs) share them with real runs. */
    static final int CHART_INSTANCES = 100;

    private final JobRepository repository;
    private final Map<String, ExecutionDetails> details;

    StatusReports(JobRepository repository, List<ExecutionDetails> details) {
        this.repository = repository;
        this.details = details.stream().collect(Collectors.toMap(ExecutionDetails::jobName, Function.identity()));
    }

    /** The names of the jobs that have run at least once. */
    public List<String> jobNames() {
        return repository.getJobNames().stream().sorted().toList();
    }

    /**
     * The latest executions, newest first, of one job or (null) of all. Each job's latest
     * {@code limit} instances are enough: an execution newer than those belongs to a restart of
     * an instance older than {@code limit} others of its job, which a listing may leave out.
     */
    public List<ExecutionReport> recent(String jobName, int limit) {
        List<String> names = jobName != null ? List.of(jobName) : repository.getJobNames();
        List<JobExecution> executions = new ArrayList<>();
        for (String name : names) {
            for (JobInstance instance : repository.getJobInstances(name, 0, limit)) {
                executions.addAll(repository.getJobExecutions(instance));
            }
        }
        return executions.stream()
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .limit(limit)
                .map(ExecutionReport::of)
                .toList();
    }

    /** One execution in detail, with what its job contributes; empty when there is no such execution. */
    public Optional<ExecutionReport> execution(long executionId) {
        JobExecution execution;
        try {
            execution = repository.getJobExecution(executionId);
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            execution = null;
        }
        if (execution == null) {
            return Optional.empty();
        }
        ExecutionDetails contributor = details.get(execution.getJobInstance().getJobName());
        return Optional.of(ExecutionReport.detailed(execution, contributor == null ? Map.of() : contributor.sections(execution)));
    }

    /** How far each running execution has got, newest first. */
    public List<Progress> running(java.time.Instant now) {
        List<Progress> running = new ArrayList<>();
        for (String name : repository.getJobNames()) {
            ExecutionDetails contributor = details.get(name);
            for (JobExecution execution : repository.findRunningJobExecutions(name)) {
                execution.getStepExecutions().stream()
                        .filter(step -> step.getStatus().isRunning())
                        .max(Comparator.comparingLong(org.springframework.batch.core.step.StepExecution::getId))
                        .ifPresent(step -> running.add(Progress.of(step,
                                contributor == null ? Map.of() : contributor.progress(step), now)));
            }
        }
        running.sort(Comparator.comparingLong(Progress::executionId).reversed());
        return running;
    }

    /** The charts of one job or (null) of all jobs that have one, leaving out those with no runs yet. */
    public List<Chart> charts(String jobName) {
        return details.values().stream()
                .filter(contributor -> jobName == null || jobName.equals(contributor.jobName()))
                .sorted(Comparator.comparing(ExecutionDetails::jobName))
                .flatMap(contributor -> contributor.chart().map(spec -> chart(contributor.jobName(), spec)).stream())
                .filter(chart -> !chart.groups().isEmpty())
                .toList();
    }

    private Chart chart(String jobName, ResultChart spec) {
        TreeMap<String, JobExecution> latest = new TreeMap<>();
        for (JobInstance instance : repository.getJobInstances(jobName, 0, CHART_INSTANCES)) {
            JobExecution last = repository.getLastJobExecution(instance);
            if (last == null || !spec.includes().test(last.getJobParameters())) {
                continue;
            }
            JobParameter<?> group = last.getJobParameters().getParameter(spec.groupBy());
            if (group != null) {
                latest.merge(String.valueOf(group.value()), last, (a, b) -> a.getId() > b.getId() ? a : b);
            }
        }
        while (latest.size() > CHART_GROUPS) {
            latest.pollFirstEntry();
        }
        List<Chart.Group> groups = latest.entrySet().stream()
                .map(e -> new Chart.Group(Redaction.text(e.getKey()), e.getValue().getId(),
                        e.getValue().getStatus().name(), spec.series().stream()
                        .map(series -> number(e.getValue().getExecutionContext().get(series.resultKey())))
                        .toList()))
                .toList();
        return new Chart(jobName, spec.title(), spec.groupBy(), spec.series(), groups);
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }
}
