package com.loyaltybatch.launch.cli;

import org.springframework.batch.core.job.JobExecution;

import com.loyaltybatch.launch.JobOutcome;

/** A command that launches a job and reports its outcome; its exit code follows the job's. */
abstract class JobCommand extends LeafCommand {

    /** Launches (or restarts) the job and returns the execution once it has ended. */
    protected abstract JobExecution launch();

    @Override
    public Integer call() {
        return report(launch());
    }

    @Override
    protected void execute() {
        report(launch());
    }

    private int report(JobExecution execution) {
        JobOutcome outcome = JobOutcome.of(execution);
        StringBuilder text = new StringBuilder(outcome.jobName()).append(" execution ").append(outcome.executionId())
                .append(": ").append(outcome.status());
        if (!outcome.status().equals(outcome.exitCode())) {
            text.append(" (").append(outcome.exitCode()).append(')');
        }
        Object summary = outcome.result().get("summary");
        if (summary != null) {
            text.append(System.lineSeparator()).append(summary);
        }
        Object outbox = outcome.result().get("outbox");
        if (outbox != null) {
            text.append(System.lineSeparator()).append("Messages: ").append(outbox);
        }
        if (!"COMPLETED".equals(outcome.status())) {
            text.append(System.lineSeparator()).append("Reason: ").append(JobOutcome.reason(execution));
            text.append(System.lineSeparator()).append("Fix the cause, then: restart ").append(outcome.executionId());
        }
        print(outcome, text.toString());
        return JobOutcome.exitCode(execution);
    }
}
