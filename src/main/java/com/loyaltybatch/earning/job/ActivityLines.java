package com.loyaltybatch.earning.job;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.file.LineMapper;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.file.transform.IncorrectTokenCountException;

import com.loyaltybatch.common.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the lines of the two activity file formats into rows, never failing on a line: a line
 * that does not read becomes a row that says why, so it is rejected like any other bad row.
 */
final class ActivityLines {

    static final List<String> REQUIRED_ONE_OF_KEY = List.of("activityid", "orderid");
    static final List<String> REQUIRED_ONE_OF_CONTACT = List.of("contactid", "email");

    private ActivityLines() {
    }

    /** CSV: the header row names the columns (see {@link ActivityRow#normalize}). */
    static final class Csv implements LineMapper<ActivityRow> {

        private DelimitedLineTokenizer tokenizer;

        void header(String line) {
            String clean = line.startsWith("\uFEFF") ? line.substring(1) : line;
            String[] names = Arrays.stream(new DelimitedLineTokenizer().tokenize(clean).getValues())
                    .map(ActivityRow::normalize).toArray(String[]::new);
            List<String> columns = List.of(names);
            if (!columns.contains("activitytype") || columns.stream().noneMatch(REQUIRED_ONE_OF_KEY::contains)
                    || columns.stream().noneMatch(REQUIRED_ONE_OF_CONTACT::contains)) {
                throw InvalidInputException.field("file", "the header needs activity_type, activity_id or order_id, and"
                        + " contact_id or email; has: " + clean);
            }
            tokenizer = new DelimitedLineTokenizer();
            tokenizer.setNames(names);
        }

        @Override
        public ActivityRow mapLine(String line, int lineNumber) {
            if (tokenizer == null) {
                throw InvalidInputException.field("file", "no header row");
            }
            try {
                var fields = tokenizer.tokenize(line);
                Map<String, String> values = new LinkedHashMap<>();
                fields.getProperties().forEach((name, value) -> values.put((String) name, (String) value));
                return new ActivityRow(lineNumber, line, values, null);
            } catch (IncorrectTokenCountException e) {
                return new ActivityRow(lineNumber, line, Map.of(), "expected " + e.getExpectedCount() + " fields, found "
                        + e.getActualCount());
            }
        }
    }

    /** JSON lines: one object per line, field names as in CSV. */
    static final class JsonLines implements LineMapper<ActivityRow> {

        private final JsonMapper json = JsonMapper.builder().build();

        @Override
        public ActivityRow mapLine(String line, int lineNumber) {
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (JacksonException e) {
                return new ActivityRow(lineNumber, line, Map.of(), "not JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                return new ActivityRow(lineNumber, line, Map.of(), "not a JSON object");
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (var field : node.properties()) {
                JsonNode value = field.getValue();
                values.put(ActivityRow.normalize(field.getKey()),
                        value.isNull() ? null : value.isValueNode() ? value.asString() : value.toString());
            }
            return new ActivityRow(lineNumber, line, values, null);
        }
    }
}
