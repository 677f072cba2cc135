package com.loyaltybatch.launch.cli;

import java.io.PrintWriter;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

import com.loyaltybatch.common.LoyaltyException;
import com.loyaltybatch.launch.ExitCodes;

import picocli.CommandLine;

/**
 * Runs one command line. Refusals and failures become one line on stderr and an exit code;
 * stack traces go to the log only.
 */
@Component
public class Cli {

    private final ApplicationContext context;

    Cli(ApplicationContext context) {
        this.context = context;
    }

    public int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = CommandLines.create(new SpringFactory(context), out, err);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("error: " + oneLine(e));
            cmd.getErr().flush();
            if (e instanceof LoyaltyException refusal) {
                return ExitCodes.of(refusal);
            }
            org.slf4j.LoggerFactory.getLogger(Cli.class).debug("command failed", e);
            return ExitCodes.FAILED;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message);
    }

    /** Commands get their collaborators from the application context. */
    private record SpringFactory(ApplicationContext context) implements CommandLine.IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type.getPackageName().startsWith("com.loyaltybatch")) {
                return context.getAutowireCapableBeanFactory().createBean(type);
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
