package com.loyaltybatch.launch.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.batch.JobContract;
import com.loyaltybatch.launch.JobRunner;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** A command that does one thing and prints its result as text or JSON. */
abstract class LeafCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Autowired
    JsonMapper json;

    @Autowired
    JobRunner jobs;

    @Override
    public Integer call() {
        execute();
        return 0;
    }

    protected abstract void execute();

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints the value as JSON, or the text line(s) for people. */
    protected void print(Object value, String text) {
        out().println(format == Format.json ? json.writerWithDefaultPrettyPrinter().writeValueAsString(value) : text);
    }

    /** Runs the management job of {@code contract} with a validated request; returns what it noted. */
    protected <R extends Record, T> T run(JobContract<R, T> contract, R request) {
        return jobs.run(contract, request);
    }
}
