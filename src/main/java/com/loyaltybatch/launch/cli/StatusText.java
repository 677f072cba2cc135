package com.loyaltybatch.launch.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.loyaltybatch.report.DetailSection;
import com.loyaltybatch.report.Display;
import com.loyaltybatch.report.ExecutionReport;

/** How status reports read as text: a table of runs, or one execution in detail. */
final class StatusText {

    static final List<String> HEADER = List.of("ID", "JOB", "PARAMETERS", "STATUS", "EXIT CODE", "STARTED (UTC)",
            "DURATION", "READ", "WRITTEN", "FILTERED", "SKIPPED");

    private static final String NL = System.lineSeparator();

    private StatusText() {
    }

    static String runs(List<ExecutionReport> runs, String jobName, Instant now) {
        if (runs.isEmpty()) {
            return jobName == null ? "No executions yet." : "No executions of " + jobName + " yet.";
        }
        List<List<String>> rows = runs.stream().map(run -> {
            ExecutionReport.Totals totals = run.totals();
            return List.of(Long.toString(run.executionId()), run.jobName(), Display.parameters(run.parameters()),
                    run.status(), run.exitCode(), Display.time(run.startTime()), Display.duration(run.duration(now)),
                    Display.count(totals.read()), Display.count(totals.written()), Display.count(totals.filtered()),
                    Display.count(totals.skipped()));
        }).toList();
        return Tables.render(HEADER, rows);
    }

    static String execution(ExecutionReport run, Instant now) {
        StringBuilder text = new StringBuilder("Execution ").append(run.executionId()).append(" of ").append(run.jobName())
                .append(": ").append(run.status());
        if (!run.status().equals(run.exitCode())) {
            text.append(" (").append(run.exitCode()).append(')');
        }
        text.append(NL).append("Parameters:  ").append(Display.parameters(run.parameters()))
                .append(NL).append("Started:     ").append(Display.time(run.startTime())).append(" UTC")
                .append(NL).append("Ended:       ").append(Display.time(run.endTime()))
                .append(run.endTime() == null ? "" : " UTC").append(" (").append(Display.duration(run.duration(now))).append(')');
        if (run.exitDescription() != null) {
            text.append(NL).append("Exit:        ").append(run.exitDescription());
        }
        if (!run.result().isEmpty()) {
            text.append(NL).append(NL).append("Result:").append(NL).append(indent(Tables.render(List.of("KEY", "VALUE"),
                    run.result().entrySet().stream().map(e -> List.of(e.getKey(), String.valueOf(e.getValue()))).toList())));
        }
        text.append(NL).append(NL).append("Steps:").append(NL).append(indent(Tables.render(
                List.of("STEP", "STATUS", "READ", "WRITTEN", "FILTERED", "SKIPPED"),
                run.steps().stream().map(s -> List.of(s.stepName(), s.status(), Display.count(s.readCount()),
                        Display.count(s.writeCount()), Display.count(s.filterCount()), Display.count(s.skipCount())))
                        .toList())));
        for (ExecutionReport.Step step : run.steps()) {
            for (String failure : step.failures()) {
                text.append(NL).append("  ! ").append(step.stepName()).append(": ").append(failure);
            }
        }
        if (run.details() != null) {
            run.details().values().forEach(section -> text.append(NL).append(NL).append(section(section)));
        }
        return text.toString();
    }

    private static String section(DetailSection section) {
        if (section.rows().isEmpty()) {
            return section.title() + ": none";
        }
        List<String> header = section.columns().stream()
                .map(column -> Display.columnName(column).toUpperCase(java.util.Locale.ROOT)).toList();
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, Object> row : section.rows()) {
            rows.add(row.values().stream().map(value -> value == null ? "-" : value.toString()).toList());
        }
        return section.title() + ":" + NL + indent(Tables.render(header, rows));
    }

    private static String indent(String lines) {
        return lines.lines().map(line -> "  " + line).collect(Collectors.joining(NL));
    }
}
