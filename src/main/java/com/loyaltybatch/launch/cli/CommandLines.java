package com.loyaltybatch.launch.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The picocli model of the command line, configured the same wherever it is built: numbers in
 * ASCII digits only, and a usage error printed as one {@code error:} line with a pointer to the
 * command's help instead of the whole usage text.
 */
final class CommandLines {

    private CommandLines() {
    }

    static CommandLine create(CommandLine.IFactory factory, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(LoyaltyCommand.class, factory);
        commandLine.setOut(out);
        commandLine.setErr(err);
        ITypeConverter<Integer> ints = value -> (int) parse(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
        ITypeConverter<Long> longs = value -> parse(value, Long.MIN_VALUE, Long.MAX_VALUE);
        commandLine.registerConverter(Integer.class, ints).registerConverter(Integer.TYPE, ints)
                .registerConverter(Long.class, longs).registerConverter(Long.TYPE, longs);
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println("error: " + e.getMessage().lines().findFirst().orElse(""));
            command.getErr().println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
            command.getErr().flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        return commandLine;
    }

    /** A whole number in ASCII digits, optionally signed, within the range of its type. */
    private static long parse(String value, long min, long max) {
        String digits = value.startsWith("-") || value.startsWith("+") ? value.substring(1) : value;
        if (digits.isEmpty() || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new TypeConversionException("'" + value + "' is not a whole number (digits 0-9)");
        }
        try {
            long parsed = Long.parseLong(value);
            if (parsed < min || parsed > max) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is out of range (" + min + " to " + max + ")");
        }
    }
}
