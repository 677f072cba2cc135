package com.loyaltybatch.common;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text form of one small configuration entry, as commands and job parameters carry it: a
 * comma-separated list of {@code key=value}, e.g. {@code tier=gold,cost=100,amount=5}.
 */
public final class KeyValues {

    private KeyValues() {
    }

    public static Map<String, String> parse(String field, String entry, Set<String> keys) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : entry.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw InvalidInputException.field(field, "expected key=value, got '" + pair.strip() + "'");
            }
            String key = pair.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            if (!keys.contains(key)) {
                throw InvalidInputException.field(field, "unknown key '" + key + "' (known: " + String.join(", ", keys) + ")");
            }
            if (values.put(key, pair.substring(equals + 1).strip()) != null) {
                throw InvalidInputException.field(field, "key '" + key + "' given twice in '" + entry.strip() + "'");
            }
        }
        return values;
    }
}
