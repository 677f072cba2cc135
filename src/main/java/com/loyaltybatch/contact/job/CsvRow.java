package com.loyaltybatch.contact.job;

import java.util.Map;

import com.loyaltybatch.batch.RejectsFile;

/**
 * One record of a contacts file: where it starts, its text as it was in the file (kept so a
 * rejected row can be written back unchanged), and its values by column.
 */
record CsvRow(int line, String text, Map<String, String> values) implements RejectsFile.SourceRow {

    /** The value of the column, or null when the file has no such column. */
    String value(String column) {
        return values.get(column);
    }

    boolean blank() {
        return values.isEmpty();
    }
}
