package com.loyaltybatch.contact.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;

import com.loyaltybatch.batch.Csv;
import com.loyaltybatch.common.InvalidInputException;

/**
 * The header row of a contacts file: which of the known columns it has, in which order. Column
 * names are matched without regard to case or surrounding blanks. A file without a header row, with
 * an unknown or a repeated column, or with neither {@code id} nor {@code email}, is refused as a
 * whole, before any row is imported.
 */
final class CsvHeader {

    static final List<String> COLUMNS = List.of("id", "email", "first_name", "last_name", "locale", "member_id",
            "subscribed");

    private final String line;
    private final List<String> columns;
    private final DelimitedLineTokenizer tokenizer;

    private CsvHeader(String line, List<String> columns) {
        this.line = line;
        this.columns = columns;
        this.tokenizer = Csv.tokenizer(columns.toArray(String[]::new));
    }

    static CsvHeader read(Path file) {
        if (!Files.exists(file)) {
            throw InvalidInputException.field("file", "no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.field("file", "not a file: " + file);
        }
        String line;
        try (BufferedReader in = Csv.open(Files.newInputStream(file))) {
            line = in.readLine();
        } catch (IOException e) {
            throw InvalidInputException.field("file", "cannot read " + file + ": " + e.getMessage());
        }
        if (line == null || line.isBlank()) {
            throw InvalidInputException.field("file", "no header row, the file is empty: " + file);
        }
        return parse(line, file);
    }

    private static CsvHeader parse(String line, Path file) {
        List<String> columns = Arrays.stream(Csv.tokenizer().tokenize(line).getValues())
                .map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> unknown = columns.stream().filter(name -> !COLUMNS.contains(name)).toList();
        if (!unknown.isEmpty()) {
            throw InvalidInputException.field("file", "unknown column" + (unknown.size() > 1 ? "s " : " ")
                    + unknown.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "))
                    + " in " + file + " (known columns: " + String.join(", ", COLUMNS) + ")");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> repeated = columns.stream().filter(name -> !seen.add(name)).distinct().toList();
        if (!repeated.isEmpty()) {
            throw InvalidInputException.field("file", "column " + String.join(", ", repeated) + " appears more than once in "
                    + file);
        }
        if (!columns.contains("id") && !columns.contains("email")) {
            throw InvalidInputException.field("file", "the header of " + file + " needs an id or an email column, has: "
                    + line);
        }
        return new CsvHeader(line, columns);
    }

    /** The header row as it is in the file. */
    String line() {
        return line;
    }

    /**
     * One record of the file as a row; a record with the wrong number of fields is refused.
     * {@code lastLine} is the file's line where the record ends (a quoted field may span lines).
     */
    CsvRow row(String record, int lastLine) {
        int firstLine = lastLine - (int) record.chars().filter(c -> c == '\n').count();
        if (record.isBlank()) {
            return new CsvRow(firstLine, record, Map.of());
        }
        String[] values = tokenizer.tokenize(record).getValues();
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(columns.get(i), values[i]);
        }
        return new CsvRow(firstLine, record, row);
    }
}
