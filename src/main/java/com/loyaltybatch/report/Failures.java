package com.loyaltybatch.report;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.step.StepExecution;

import com.loyaltybatch.batch.FailureNotes;

/**
 * Why a step failed, in lines a person reads: each exception down to the root cause, one line
 * each, without its package. They come from the step's {@link FailureNotes}; for a step that has
 * none (it ran before they existed), from the stack trace in its exit description, where the
 * root cause may have been cut off.
 */
final class Failures {

    private Failures() {
    }

    static List<String> of(StepExecution step) {
        if (step.getStatus() == BatchStatus.COMPLETED || step.getStatus().isRunning()) {
            return List.of();
        }
        String notes = step.getExecutionContext().containsKey(FailureNotes.KEY)
                ? step.getExecutionContext().getString(FailureNotes.KEY) : null;
        List<String> lines = new ArrayList<>();
        if (notes != null) {
            notes.lines().forEach(line -> add(lines, line));
        } else {
            String description = step.getExitStatus().getExitDescription();
            add(lines, description);
            if (description != null) {
                description.lines().map(String::strip).filter(line -> line.startsWith("Caused by: "))
                        .forEach(cause -> add(lines, cause.substring("Caused by: ".length())));
            }
        }
        return lines.stream().map(Redaction::text).toList();
    }

    /** The first line of a message or stack trace, without the exception's package; null when blank. */
    static String firstLine(String text) {
        String line = FailureNotes.oneLine(text);
        return line.isEmpty() ? null : line;
    }

    private static void add(List<String> lines, String text) {
        String line = firstLine(text);
        if (line != null && !lines.contains(line)) {
            lines.add(line);
        }
    }
}
