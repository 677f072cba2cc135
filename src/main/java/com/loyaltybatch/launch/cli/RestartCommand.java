package com.loyaltybatch.launch.cli;

import org.springframework.batch.core.job.JobExecution;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "restart", description = {"Restart a FAILED or STOPPED execution from where it stopped.",
        "Work already done (e.g. messages already sent) is not repeated."})
class RestartCommand extends JobCommand {

    @Parameters(paramLabel = "EXECUTION_ID")
    long executionId;

    @Override
    protected JobExecution launch() {
        return jobs.restart(executionId);
    }
}
