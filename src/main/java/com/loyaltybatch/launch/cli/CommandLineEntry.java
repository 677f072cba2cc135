package com.loyaltybatch.launch.cli;

import java.io.PrintWriter;

import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Runs the process's command line once the application context is up. */
@Component
@ConditionalOnProperty(name = "loyalty.cli.enabled", havingValue = "true", matchIfMissing = true)
class CommandLineEntry implements CommandLineRunner, ExitCodeGenerator {

    private final Cli cli;
    private int exitCode;

    CommandLineEntry(Cli cli) {
        this.cli = cli;
    }

    @Override
    public void run(String... args) {
        exitCode = cli.execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), commandArgs(args));
    }

    /** Drops {@code --some.property=value} arguments: Spring has already taken them as configuration. */
    static String[] commandArgs(String[] args) {
        return java.util.Arrays.stream(args)
                .filter(arg -> !(arg.startsWith("--") && arg.indexOf('=') > 0 && arg.substring(2, arg.indexOf('=')).contains(".")))
                .toArray(String[]::new);
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
