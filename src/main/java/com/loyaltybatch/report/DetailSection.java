package com.loyaltybatch.report;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A part of an execution's detail view that its job contributes: a titled table. In JSON it is
 * just its rows, objects with the same keys in the same order; people see the title above it.
 */
public record DetailSection(String title, @JsonValue List<Map<String, Object>> rows) {

    public DetailSection {
        rows = List.copyOf(rows);
    }

    /** The column names: the keys of the rows, in order. */
    public List<String> columns() {
        return rows.isEmpty() ? List.of() : List.copyOf(rows.get(0).keySet());
    }
}
