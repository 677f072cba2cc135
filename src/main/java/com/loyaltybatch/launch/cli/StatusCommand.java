package com.loyaltybatch.launch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.launch.ExecutionQueries;
import com.loyaltybatch.report.ExecutionReport;
import com.loyaltybatch.report.HtmlReport;
import com.loyaltybatch.report.StatusReports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job status reports. Not a {@link LeafCommand}: its formats are a table, JSON and an HTML page
 * rather than text and JSON ({@code text} is taken as {@code table}).
 */
@Command(name = "status", description = {"Recent job executions, newest first, or one execution in detail",
        "(step failures, and what its job adds: e.g. the statement's failed deliveries).",
        "Examples: status --job monthly-statement --limit 5;  status 42 --format json;",
        "          status --format html --output status.html"})
class StatusCommand implements Callable<Integer> {

    enum ReportFormat {
        table, json, html, text
    }

    @Spec
    CommandSpec spec;

    @Autowired
    ExecutionQueries queries;

    @Autowired
    StatusReports reports;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXECUTION_ID", description = "Show this execution in detail.")
    Long executionId;

    @Option(names = "--job", paramLabel = "NAME", description = "Only executions of this job.")
    String job;

    @Option(names = "--status", paramLabel = "STATUS", description = "Only executions with this status, e.g. FAILED or STARTED.")
    String status;

    @Option(names = "--limit", defaultValue = "20", description = "At most this many executions, 1 to 1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "table", completionCandidates = FormatNames.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to this file instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        Instant now = clock.instant();
        String report = executionId != null ? execution(executionId, now) : recent(now);
        if (output == null) {
            spec.commandLine().getOut().print(report);
        } else {
            write(output, report);
        }
        return 0;
    }

    private String execution(long id, Instant now) {
        ExecutionReport run = queries.execution(id);
        return switch (format) {
            case json -> json(run);
            case html -> HtmlReport.execution(run, now);
            case table, text -> StatusText.execution(run, now) + System.lineSeparator();
        };
    }

    private String recent(Instant now) {
        List<ExecutionReport> runs = queries.recent(job, status, limit);
        return switch (format) {
            case json -> json(runs);
            case html -> HtmlReport.recent(runs, reports.charts(job), job, now);
            case table, text -> StatusText.runs(runs, job, now) + System.lineSeparator();
        };
    }

    private String json(Object value) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(value) + System.lineSeparator();
    }

    private static void write(Path file, String report) {
        try {
            Files.writeString(file, report, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.field("output", "cannot write " + file + ": its folder does not exist");
        } catch (AccessDeniedException e) {
            throw InvalidInputException.field("output", "cannot write " + file + ": permission denied");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The formats offered in help; {@code text}, what other commands call their text output, works too. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return List.of("table", "json", "html").iterator();
        }
    }
}
