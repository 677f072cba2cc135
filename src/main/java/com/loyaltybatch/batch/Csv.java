package com.loyaltybatch.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.batch.infrastructure.item.file.BufferedReaderFactory;
import org.springframework.batch.infrastructure.item.file.separator.SimpleRecordSeparatorPolicy;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;

/**
 * The dialect of the files imports read and write, RFC 4180: comma-separated, fields optionally in
 * double quotes, {@code ""} for a quote inside a quoted field, line breaks allowed inside quotes.
 * Files are UTF-8; a byte order mark at the start is ignored (spreadsheet programs write one).
 */
public final class Csv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Opens files for the reader of the job; the encoding is always UTF-8. */
    public static final BufferedReaderFactory READERS = (resource, encoding) -> open(resource.getInputStream());

    private Csv() {
    }

    public static BufferedReader open(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }

    public static DelimitedLineTokenizer tokenizer(String... names) {
        DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer(DelimitedLineTokenizer.DELIMITER_COMMA);
        if (names.length > 0) {
            tokenizer.setNames(names);
        }
        return tokenizer;
    }

    /** The value as one CSV field: quoted when it holds a comma, a quote or a line break. */
    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    /**
     * A record ends at a line break outside quotes, and nowhere else. (Spring Batch's default
     * policy also joins a line ending in a backslash to the next, which RFC 4180 does not.)
     */
    public static final class QuotedRecords extends SimpleRecordSeparatorPolicy {

        @Override
        public boolean isEndOfRecord(String record) {
            return record.chars().filter(c -> c == '"').count() % 2 == 0;
        }

        @Override
        public String preProcess(String record) {
            return isEndOfRecord(record) ? record : record + "\n";
        }
    }
}
