package com.loyaltybatch.statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

import com.loyaltybatch.batch.ExitStatuses;
import com.loyaltybatch.messaging.MailTransport;

/**
 * Says where the messages go when a run starts, and records its outcome when it ends: sent,
 * failed, uncertain (possibly sent twice after a crash), rendered and filtered by reason, in the
 * job's execution context (for reports) and its exit description. A run that completed with
 * failed deliveries ends COMPLETED_WITH_FAILURES (exit code 3).
 * <p>
 * Spring Batch saves the job's execution context only when a step ends, not after
 * {@code afterJob}, so the listener saves it itself; otherwise only this process would see it.
 */
@Component
class StatementJobListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(StatementJobListener.class);

    private final DeliveryRepository deliveries;
    private final MailTransport transport;
    private final JobRepository repository;

    StatementJobListener(DeliveryRepository deliveries, MailTransport transport, JobRepository repository) {
        this.deliveries = deliveries;
        this.transport = transport;
        this.repository = repository;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        String period = execution.getJobParameters().getString(MonthlyStatementParameters.PERIOD);
        boolean dryRun = "true".equals(execution.getJobParameters().getString(MonthlyStatementParameters.DRY_RUN));
        log.info("Monthly statement {}{} to {}", period, dryRun ? " (dry run: nothing is sent)" : "",
                transport.describe(period));
    }

    @Override
    public void afterJob(JobExecution execution) {
        String period = execution.getJobParameters().getString(MonthlyStatementParameters.PERIOD);
        boolean dryRun = "true".equals(execution.getJobParameters().getString(MonthlyStatementParameters.DRY_RUN));
        // a dry run sends nothing: the period's delivery records belong to the real run
        var counts = dryRun ? new DeliveryRepository.Counts(0, 0, 0, 0) : deliveries.counts(period);
        var result = execution.getExecutionContext();
        if (!dryRun) {
            result.putString("outbox", transport.describe(period));
        }
        result.putLong("sent", counts.sent());
        result.putLong("failed", counts.failed());
        result.putLong("uncertain", counts.uncertain());
        long rendered = 0;
        StringBuilder filtered = new StringBuilder();
        long filteredTotal = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            if (!MonthlyStatementJobConfiguration.SEND_STEP.equals(step.getStepName())) {
                continue;
            }
            rendered += step.getExecutionContext().getLong(StatementWriter.RENDERED, 0L);
            for (AudienceFilter.Reason reason : AudienceFilter.Reason.values()) {
                long count = step.getExecutionContext().getLong(reason.key(), 0L);
                result.putLong(reason.key(), count);
                filteredTotal += count;
                if (count > 0) {
                    filtered.append(filtered.isEmpty() ? "" : ", ").append(reason.name().toLowerCase().replace('_', ' '))
                            .append(' ').append(count);
                }
            }
        }
        result.putLong("rendered", rendered);
        result.putLong("filtered", filteredTotal);
        String filteredText = filteredTotal + " filtered" + (filtered.isEmpty() ? "" : " (" + filtered + ")");
        String summary = dryRun
                ? String.format("period %s (dry run): %d rendered, nothing sent, %s", period, rendered, filteredText)
                : String.format("period %s: %d sent, %d failed, %d uncertain, %s", period, counts.sent(),
                        counts.failed(), counts.uncertain(), filteredText);
        result.putString("summary", summary);
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            var exit = counts.failed() > 0 ? ExitStatuses.COMPLETED_WITH_FAILURES : execution.getExitStatus();
            execution.setExitStatus(exit.addExitDescription(summary));
        }
        repository.updateExecutionContext(execution);
        log.info("Monthly statement {}", summary);
    }
}
