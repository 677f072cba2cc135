package com.loyaltybatch.launch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "recover", description = {"Mark an execution left STARTED by a process that died (kill -9, power loss)",
        "as FAILED so it can be restarted. Use only when its process is really gone."})
class RecoverCommand extends LeafCommand {

    @Parameters(paramLabel = "EXECUTION_ID")
    long executionId;

    @Override
    protected void execute() {
        var recovered = jobs.recover(executionId);
        print(com.loyaltybatch.launch.JobOutcome.of(recovered), "Execution " + executionId + " of "
                + recovered.getJobInstance().getJobName() + " is now " + recovered.getStatus()
                + "; continue it with: restart " + executionId);
    }
}
