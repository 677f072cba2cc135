package com.loyaltybatch.support;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.springframework.boot.test.context.TestComponent;

import com.loyaltybatch.launch.cli.Cli;

/** Runs a command line in-process, as {@code java -jar loyalty.jar ...} would, capturing its output. */
@TestComponent
public class CliRunner {

    private final Cli cli;

    CliRunner(Cli cli) {
        this.cli = cli;
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.execute(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    public record Result(int exitCode, String out, String err) {
    }
}
