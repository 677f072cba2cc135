package com.loyaltybatch.launch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * What the command line can answer before the application starts: help and version texts, usage
 * errors and a group called without its subcommand need neither Spring nor the database, so they
 * come back in a fraction of a second. Parsing is the same picocli model {@link Cli} runs, with
 * the commands' collaborators left unset (nothing here executes a command).
 */
public final class QuickAnswers {

    private QuickAnswers() {
    }

    /**
     * The exit code when the arguments were answered here, empty when the command must run in the
     * application.
     */
    public static OptionalInt answer(String[] args, PrintWriter out, PrintWriter err) {
        String[] command = CommandLineEntry.commandArgs(args);
        CommandLine commandLine = CommandLines.create(CommandLine.defaultFactory(), out, err);
        try {
            ParseResult parsed = commandLine.parseArgs(command);
            if (CommandLine.printHelpIfRequested(parsed)) {
                return answered(0, out, err);
            }
            List<CommandLine> chain = parsed.asCommandLineList();
            if (chain.get(chain.size() - 1).getCommand() instanceof GroupCommand) {
                return answered(commandLine.execute(command), out, err);
            }
            return OptionalInt.empty();
        } catch (ParameterException e) {
            try {
                return answered(commandLine.getParameterExceptionHandler().handleParseException(e, command), out, err);
            } catch (Exception unexpected) {
                return OptionalInt.empty();
            }
        }
    }

    private static OptionalInt answered(int code, PrintWriter out, PrintWriter err) {
        out.flush();
        err.flush();
        return OptionalInt.of(code);
    }
}
