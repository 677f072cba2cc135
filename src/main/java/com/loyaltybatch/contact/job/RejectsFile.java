package com.loyaltybatch.contact.job;

import java.nio.file.Path;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.batch.infrastructure.item.file.transform.IncorrectTokenCountException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.dao.DataIntegrityViolationException;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InvalidInputException;

/**
 * The errors file: the header of the input plus a {@code reason} column, then every rejected row
 * as it was in the input, with its reason ({@code line N: ...}, N being its line in the input).
 * Rows come in the order they were rejected, which within a chunk is malformed lines first, then
 * invalid values, then collisions found on writing. The file is written fresh by every new run (an older
 * one is replaced, so it never shows stale rejections), continued where the last commit left it
 * when a failed run is restarted, and removed at the end of a run that rejected nothing: it
 * exists exactly when the last run rejected rows.
 * <p>
 * Lines are written at once, not at commit: a row is rejected once, also when it was found in a
 * chunk that is rolled back and then written again item by item.
 */
class RejectsFile implements SkipListener<CsvRow, ImportRow>, ItemStream {

    static final String REJECTED = "rejected";
    static final String ERRORS_FILE = "errorsFile";

    private final Path path;
    private final FlatFileItemWriter<String> lines;
    private long rejected;

    RejectsFile(Path path, CsvHeader header) {
        this.path = path;
        this.lines = new FlatFileItemWriter<>(new FileSystemResource(path), line -> line);
        lines.setName("rejects");
        lines.setTransactional(false);
        lines.setShouldDeleteIfEmpty(true);
        lines.setLineSeparator("\n");
        lines.setHeaderCallback(writer -> writer.write(header.line() + ",reason"));
    }

    /** Default errors file: next to the input, {@code contacts.csv} gives {@code contacts.rejects.csv}. */
    static Path besides(Path input) {
        String name = input.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return input.resolveSibling(base + ".rejects.csv");
    }

    /** Row-level problems reject the row; anything else (I/O, a database outage) fails the run. */
    static boolean rejects(Throwable failure) {
        return failure instanceof FlatFileParseException || failure instanceof InvalidInputException
                || failure instanceof ConflictException || failure instanceof DataIntegrityViolationException;
    }

    @Override
    public void onSkipInRead(Throwable failure) {
        if (failure instanceof FlatFileParseException malformed) {
            String text = malformed.getInput();
            reject(malformed.getLineNumber() - (int) text.chars().filter(c -> c == '\n').count(), text, failure);
        }
    }

    @Override
    public void onSkipInProcess(CsvRow row, Throwable failure) {
        reject(row.line(), row.text(), failure);
    }

    @Override
    public void onSkipInWrite(ImportRow item, Throwable failure) {
        reject(item.row().line(), item.row().text(), failure);
    }

    private void reject(int line, String text, Throwable failure) {
        try {
            lines.write(Chunk.of(text + "," + CsvFormat.field("line " + line + ": " + reason(failure))));
        } catch (Exception e) {
            throw new ItemStreamException("Could not write to the errors file " + path, e);
        }
        rejected++;
    }

    static String reason(Throwable failure) {
        if (failure instanceof FlatFileParseException malformed) {
            if (malformed.getCause() instanceof IncorrectTokenCountException count) {
                return "expected " + count.getExpectedCount() + " fields, found " + count.getActualCount();
            }
            return malformed.getCause() == null ? "a quoted field is not closed before the end of the file"
                    : firstLine(malformed.getCause().getMessage());
        }
        if (failure instanceof DataIntegrityViolationException refused) {
            return "refused by the database: " + firstLine(refused.getMostSpecificCause().getMessage());
        }
        return firstLine(failure.getMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String line = message.lines().findFirst().orElse(message);
        int statement = line.indexOf("; SQL statement");
        return statement > 0 ? line.substring(0, statement) : line;
    }

    @Override
    public void open(ExecutionContext context) {
        rejected = context.getLong(REJECTED, 0L);
        lines.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        lines.update(context);
        context.putLong(REJECTED, rejected);
        context.putString(ERRORS_FILE, path.toString());
    }

    @Override
    public void close() {
        lines.close();
    }
}
