package com.loyaltybatch.account.job;

import java.nio.file.Path;
import java.util.Locale;

import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.batch.infrastructure.item.file.transform.IncorrectTokenCountException;

import com.loyaltybatch.common.InvalidInputException;

/**
 * The errors file of a points import: the input's header plus a {@code reason} column, then each
 * rejected row as it was in the input with {@code line N: <reason>}. Malformed and invalid rows come
 * from Spring Batch's skips; rows whose email matches no contact or account are rejected by the
 * writer. Written fresh by every run, continued where the last commit left it on a restart, and
 * removed when nothing was rejected.
 */
class PointsRejects implements SkipListener<PointsRow, PointsCredit>, ItemStream {

    static final String REJECTED = "rejected";
    static final String ERRORS_FILE = "errorsFile";

    private final Path path;
    private final FlatFileItemWriter<String> lines;
    private long rejected;

    PointsRejects(Path path, PointsCsv header) {
        this.path = path;
        this.lines = new FlatFileItemWriter<>(new org.springframework.core.io.FileSystemResource(path), line -> line);
        lines.setName("rejects");
        lines.setTransactional(false);
        lines.setShouldDeleteIfEmpty(true);
        lines.setLineSeparator("\n");
        lines.setHeaderCallback(writer -> writer.write(header.line() + ",reason"));
    }

    /** Default errors file: next to the input, {@code points.csv} gives {@code points.rejects.csv}. */
    static Path besides(Path input) {
        String name = input.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return input.resolveSibling(base + ".rejects.csv");
    }

    /** Malformed or invalid rows are rejected; anything else (I/O, the database) fails the run. */
    static boolean rejects(Throwable failure) {
        return failure instanceof FlatFileParseException || failure instanceof InvalidInputException;
    }

    @Override
    public void onSkipInRead(Throwable failure) {
        if (failure instanceof FlatFileParseException malformed) {
            String reason = malformed.getCause() instanceof IncorrectTokenCountException count
                    ? "expected " + count.getExpectedCount() + " fields, found " + count.getActualCount()
                    : "malformed CSV";
            write(malformed.getLineNumber(), malformed.getInput(), reason);
        }
    }

    @Override
    public void onSkipInProcess(PointsRow row, Throwable failure) {
        write(row.line(), row.text(), failure.getMessage().lines().findFirst().orElse("invalid"));
    }

    /** A valid row that cannot be credited, e.g. its email matches no contact. */
    void reject(PointsRow row, String reason) {
        write(row.line(), row.text(), reason);
    }

    private void write(int line, String text, String reason) {
        try {
            lines.write(Chunk.of(text + "," + PointsCsv.field("line " + line + ": " + reason)));
        } catch (Exception e) {
            throw new ItemStreamException("Could not write to the errors file " + path, e);
        }
        rejected++;
    }

    long rejected() {
        return rejected;
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
