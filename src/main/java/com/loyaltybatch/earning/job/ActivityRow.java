package com.loyaltybatch.earning.job;

import java.util.Locale;
import java.util.Map;

/**
 * One record of an activity file as read: its line, its text (written back unchanged when it is
 * rejected), its values by normalized field name, or why it could not be read at all.
 */
record ActivityRow(int line, String text, Map<String, String> values, String malformed) {

    /**
     * Field names match without regard to case, {@code _}, {@code -} or blanks:
     * {@code activity_id}, {@code activityId} and {@code Activity ID} are one field.
     */
    static String normalize(String name) {
        return name.replaceAll("[_\\-\\s]", "").toLowerCase(Locale.ROOT);
    }

    String value(String field) {
        String value = values.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
