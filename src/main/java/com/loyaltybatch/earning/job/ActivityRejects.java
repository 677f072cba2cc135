package com.loyaltybatch.earning.job;

import java.nio.file.Path;
import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.core.io.FileSystemResource;

/**
 * The errors file, CSV with the columns {@code line,reason,record}: the row's line in the input,
 * why it was rejected, and the row as it was. Lines are written when their chunk commits, so a
 * restarted run continues the file where the last commit left it and never repeats a row; a run
 * that rejected nothing leaves no file (an older one is replaced by every new run).
 */
class ActivityRejects implements ItemStream {

    private final Path path;
    private final FlatFileItemWriter<String> lines;

    ActivityRejects(Path path) {
        this.path = path;
        this.lines = new FlatFileItemWriter<>(new FileSystemResource(path), line -> line);
        lines.setName("rejects");
        lines.setShouldDeleteIfEmpty(true);
        lines.setLineSeparator("\n");
        lines.setHeaderCallback(writer -> writer.write("line,reason,record"));
    }

    /** Default: next to the input, {@code activities.jsonl} gives {@code activities.rejects.csv}. */
    static Path besides(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return input.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".rejects.csv");
    }

    Path path() {
        return path;
    }

    void write(List<String[]> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        try {
            lines.write(new Chunk<>(rejected.stream()
                    .map(r -> r[0] + "," + field(r[1]) + "," + field(r[2])).toList()));
        } catch (Exception e) {
            throw new ItemStreamException("Could not write to the errors file " + path, e);
        }
    }

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    @Override
    public void open(ExecutionContext context) {
        lines.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        lines.update(context);
    }

    @Override
    public void close() {
        lines.close();
    }
}
