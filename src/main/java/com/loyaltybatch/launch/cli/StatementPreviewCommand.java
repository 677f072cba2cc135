package com.loyaltybatch.launch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.statement.StatementPreview;
import com.loyaltybatch.statement.StatementPreviews;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code statement preview}: the message an account would get for a period, rendered from the
 * current templates with its data, not sent. Not a {@link LeafCommand}: its formats are parts of
 * a message rather than text and JSON.
 */
@Command(name = "preview", description = {"The message the monthly statement would send this account for the period,",
        "rendered from the current templates, not sent and not recorded.",
        "Examples: statement preview ACCOUNT_ID --period 2026-10;",
        "          statement preview ACCOUNT_ID --format html --output statement.html"})
class StatementPreviewCommand implements Callable<Integer> {

    enum PreviewFormat {
        text, html, eml
    }

    @Spec
    CommandSpec spec;

    @Autowired
    StatementPreviews previews;

    @Parameters(paramLabel = "ACCOUNT_ID")
    String accountId;

    @Option(names = "--period", paramLabel = "YYYY-MM", description = StatementCommand.PERIOD_HELP)
    String period;

    @Option(names = "--format", defaultValue = "text", description = {
            "text: the subject and the text body; html: the HTML body;",
            "eml: the whole MIME message with its headers, as it would be sent (default: ${DEFAULT-VALUE})."})
    PreviewFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the preview to this file instead of stdout.")
    Path output;

    @Override
    public Integer call() {
        StatementPreview preview = previews.preview(accountId, previews.period(period));
        StatementCommand.noteFiltered(spec, preview.filteredBecause());
        byte[] content = content(preview);
        if (output == null) {
            var out = spec.commandLine().getOut();
            out.print(new String(content, StandardCharsets.UTF_8));
            out.flush();
        } else {
            write(output, content);
        }
        return 0;
    }

    private byte[] content(StatementPreview preview) {
        String n = System.lineSeparator();
        return switch (format) {
            case eml -> preview.eml();
            case html -> withFinalNewline(preview.html()).getBytes(StandardCharsets.UTF_8);
            case text -> ("Subject: " + preview.subject() + n + n + withFinalNewline(preview.text()))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String withFinalNewline(String body) {
        return body.endsWith("\n") ? body : body + System.lineSeparator();
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.write(file, content);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.field("output", "cannot write " + file + ": its folder does not exist");
        } catch (AccessDeniedException e) {
            throw InvalidInputException.field("output", "cannot write " + file + ": permission denied");
        } catch (IOException e) {
            throw InvalidInputException.field("output", "cannot write " + file + ": " + e.getMessage());
        }
    }
}
