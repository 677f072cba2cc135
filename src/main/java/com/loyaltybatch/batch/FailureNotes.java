package com.loyaltybatch.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * Notes why a step failed in its execution context, one line per exception down to the root
 * cause ({@code TooManyFailedDeliveriesException: ...}), for reports. The job repository keeps
 * a failure only as the first 2,500 characters of its stack trace, where a chunk step's real
 * cause, below {@code FatalStepExecutionException: Unable to process chunk}, is usually cut off.
 */
public final class FailureNotes implements StepExecutionListener {

    /** Step execution-context key of the lines, joined by newlines. */
    public static final String KEY = "failure.causes";

    static final int MAX_LINES = 6;
    static final int MAX_LINE_LENGTH = 300;
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("^(?:[a-z_$][\\w$]*\\.)+(?=[A-Z][\\w$]*(?::|$))");

    @Override
    public ExitStatus afterStep(StepExecution step) {
        List<String> lines = lines(step.getFailureExceptions());
        if (lines.isEmpty()) {
            step.getExecutionContext().remove(KEY);
        } else {
            step.getExecutionContext().putString(KEY, String.join("\n", lines));
        }
        return null;
    }

    /** Each failure and its causes, one line each, without repeats. */
    static List<String> lines(List<Throwable> failures) {
        List<String> lines = new ArrayList<>();
        for (Throwable failure : failures) {
            for (Throwable cause = failure; cause != null && lines.size() < MAX_LINES; cause = next(cause)) {
                String line = oneLine(cause.toString());
                if (!line.isEmpty() && !lines.contains(line)) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    /** The first line of a message or stack trace, without the exception's package. */
    public static String oneLine(String text) {
        String first = text == null ? "" : text.strip().lines().findFirst().orElse("");
        first = QUALIFIED_CLASS.matcher(first).replaceFirst("");
        return first.length() > MAX_LINE_LENGTH ? first.substring(0, MAX_LINE_LENGTH - 1) + "…" : first;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
