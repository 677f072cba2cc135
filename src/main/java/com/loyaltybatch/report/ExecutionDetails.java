package com.loyaltybatch.report;

import java.util.Map;
import java.util.Optional;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * How a job tells reports more about its executions than Spring Batch knows: named detail
 * sections for one execution (failed deliveries, counts by reason) and a chart across its runs.
 * A feature implements it as a bean for its own job (one per job); reports find it by job name.
 * What a contributor returns is redacted by the report like everything else it shows.
 */
public interface ExecutionDetails {

    /** The job whose executions this describes. */
    String jobName();

    /** Sections for the detail view of one execution, by name (the JSON key), in display order. */
    Map<String, DetailSection> sections(JobExecution execution);

    /** A chart across the job's runs for the HTML report, if it has one. */
    default Optional<ResultChart> chart() {
        return Optional.empty();
    }

    /** Counters to show beside Spring Batch's while {@code step} runs (a statement's sent and failed), in order. */
    default Map<String, Long> progress(StepExecution step) {
        return Map.of();
    }
}
