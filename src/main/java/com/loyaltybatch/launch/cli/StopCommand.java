package com.loyaltybatch.launch.cli;

import com.loyaltybatch.launch.JobOutcome;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stop", description = {"Ask a running execution to stop gracefully, in whichever process it runs.",
        "It ends STOPPED at its next chunk boundary and can be restarted."})
class StopCommand extends LeafCommand {

    @Parameters(paramLabel = "EXECUTION_ID")
    long executionId;

    @Override
    protected void execute() {
        var stopping = jobs.stop(executionId);
        print(JobOutcome.of(stopping), "Execution " + executionId + " of " + stopping.getJobInstance().getJobName()
                + " is " + stopping.getStatus() + "; it stops at its next chunk boundary. Continue later with: restart "
                + executionId);
    }
}
