package com.loyaltybatch.launch.cli;

import picocli.CommandLine.Command;

@Command(name = "demo", description = "Seed a sample program.")
class DemoCommand extends LeafCommand {

    @Override
    protected void execute() {
        throw new UnsupportedOperationException("demo: not yet");
    }
}
