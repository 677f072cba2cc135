package com.loyaltybatch.batch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.step.skip.SkipPolicy;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.batch.infrastructure.item.file.transform.IncorrectTokenCountException;
import org.springframework.core.io.FileSystemResource;
import org.springframework.dao.DataIntegrityViolationException;

import com.loyaltybatch.common.InvalidInputException;

/**
 * The errors file of an import: every rejected row with its line in the input and its reason, as
 * CSV. It is written fresh by every new run (an older one is replaced, so it never shows stale
 * rejections), continued where the last commit left it when a failed run is restarted, and removed
 * at the end of a run that rejected nothing: it exists exactly when the last run rejected rows.
 * <p>
 * Two layouts: {@link #echoing} repeats the input's header plus a {@code reason} column and each
 * rejected row as it was with {@code line N: <reason>}, so the file can be fixed and imported
 * again; {@link #listing} has the columns {@code line,reason,record}, for inputs that are not CSV.
 * An echoing file is written at once, not at commit (a row is rejected once, also when its chunk
 * is rolled back and written again item by item); a listing file at commit.
 * <p>
 * As a {@link SkipListener} it writes the rows Spring Batch skipped: malformed lines on reading,
 * invalid values on processing, collisions found on writing. Rows are given as {@link SourceRow}s.
 */
public class RejectsFile<I, O> implements SkipListener<I, O>, ItemStream {

    /** Step context keys: how many rows were rejected, and where they went. */
    public static final String REJECTED = "rejected";
    public static final String ERRORS_FILE = "errorsFile";

    /** A row of the input: its line and its text as it was. */
    public interface SourceRow {
        int line();

        String text();
    }

    protected interface Layout {
        String row(int line, String text, String reason);
    }

    private final Path path;
    private final FlatFileItemWriter<String> lines;
    private final Layout layout;
    private final Function<O, SourceRow> written;
    private long rejected;

    protected RejectsFile(Path path, String header, boolean atCommit, Layout layout, Function<O, SourceRow> written) {
        this.path = path;
        this.layout = layout;
        this.written = written;
        this.lines = new FlatFileItemWriter<>(new FileSystemResource(path), line -> line);
        lines.setName("rejects");
        lines.setTransactional(atCommit);
        lines.setShouldDeleteIfEmpty(true);
        lines.setLineSeparator("\n");
        lines.setHeaderCallback(writer -> writer.write(header));
    }

    /**
     * The input's header plus {@code reason}, then each rejected row as it was; {@code written}
     * tells the input row of an item that failed on writing.
     */
    public static <I extends SourceRow, O> RejectsFile<I, O> echoing(Path path, String inputHeader,
            Function<O, SourceRow> written) {
        return new RejectsFile<>(path, inputHeader + ",reason", false,
                (line, text, reason) -> text + "," + Csv.field("line " + line + ": " + reason), written);
    }

    /** {@code line,reason,record}, written when the chunk commits. */
    public static RejectsFile<Object, Object> listing(Path path) {
        return new RejectsFile<>(path, "line,reason,record", true,
                (line, text, reason) -> line + "," + Csv.field(reason) + "," + Csv.field(text), item -> null);
    }

    /** The default errors file: next to the input, {@code contacts.csv} gives {@code contacts.rejects.csv}. */
    public static Path besides(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return input.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".rejects.csv");
    }

    /**
     * Skips (and so rejects) malformed lines, invalid values and the given row-level problems;
     * anything else, an I/O error or a database outage, fails the run.
     */
    @SafeVarargs
    public static SkipPolicy skipping(Class<? extends Throwable>... rowProblems) {
        List<Class<? extends Throwable>> problems = Arrays.asList(rowProblems);
        return (failure, skipped) -> failure instanceof FlatFileParseException
                || failure instanceof InvalidInputException || problems.stream().anyMatch(p -> p.isInstance(failure));
    }

    public Path path() {
        return path;
    }

    public long rejected() {
        return rejected;
    }

    /** Rejects a row that cannot be imported, e.g. its email matches no contact. */
    public void reject(int line, String text, String reason) {
        try {
            lines.write(Chunk.of(layout.row(line, text, reason)));
        } catch (Exception e) {
            throw new ItemStreamException("Could not write to the errors file " + path, e);
        }
        rejected++;
    }

    public void reject(SourceRow row, String reason) {
        reject(row.line(), row.text(), reason);
    }

    @Override
    public void onSkipInRead(Throwable failure) {
        if (failure instanceof FlatFileParseException malformed) {
            String text = malformed.getInput();
            reject(malformed.getLineNumber() - (int) text.chars().filter(c -> c == '\n').count(), text, reason(failure));
        }
    }

    @Override
    public void onSkipInProcess(I item, Throwable failure) {
        reject((SourceRow) item, reason(failure));
    }

    @Override
    public void onSkipInWrite(O item, Throwable failure) {
        reject(written.apply(item), reason(failure));
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
