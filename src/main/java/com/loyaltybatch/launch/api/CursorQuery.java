package com.loyaltybatch.launch.api;

import java.util.List;
import java.util.Locale;

import com.loyaltybatch.common.InvalidInputException;

import tools.jackson.databind.JsonNode;

/**
 * {@code {filter, sort: [{fieldName, order}], cursorPaging: {limit, cursor}}}, as the query
 * endpoints take it. A next page carries only the cursor, which holds the filter and sort.
 */
record CursorQuery(JsonNode filter, List<Sort> sort, CursorPaging cursorPaging, SearchDetails search) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_SORTS = 5;

    record Sort(String fieldName, String order) {
    }

    record CursorPaging(Integer limit, String cursor) {
    }

    /** {@code search.expression}: matched against the contact's name and email. */
    record SearchDetails(String expression, String mode, List<String> fields, Boolean fuzzy) {
    }

    static CursorQuery orEmpty(CursorQuery query) {
        return query == null ? new CursorQuery(null, null, null, null) : query;
    }

    int limit() {
        Integer limit = cursorPaging == null ? null : cursorPaging.limit();
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > 100) {
            throw InvalidInputException.field("query.cursorPaging.limit", "must be 1 to 100, got " + limit);
        }
        return limit;
    }

    String cursor() {
        return cursorPaging == null || cursorPaging.cursor() == null || cursorPaging.cursor().isBlank() ? null
                : cursorPaging.cursor();
    }

    /** The filter as JSON text, null when there is none. */
    String filterText() {
        return text(filter);
    }

    /** A filter as JSON text; null, {@code null} and {@code {}} are no filter. */
    static String text(JsonNode filter) {
        return filter == null || filter.isNull() || filter.isEmpty() && filter.isObject() ? null : filter.toString();
    }

    /** {@code field} or {@code field:desc}, as the account queries read sorts. */
    List<String> sortTexts() {
        if (sort == null) {
            return List.of();
        }
        if (sort.size() > MAX_SORTS) {
            throw InvalidInputException.field("query.sort", "at most " + MAX_SORTS + " sorts, got " + sort.size());
        }
        return sort.stream().map(s -> {
            if (s.fieldName() == null || s.fieldName().isBlank()) {
                throw InvalidInputException.field("query.sort.fieldName", "required");
            }
            String order = s.order() == null ? "ASC" : s.order().toUpperCase(Locale.ROOT);
            if (!order.equals("ASC") && !order.equals("DESC")) {
                throw InvalidInputException.field("query.sort.order", "ASC or DESC, got " + s.order());
            }
            return order.equals("DESC") ? s.fieldName() + ":desc" : s.fieldName();
        }).toList();
    }

    String searchText() {
        return search == null || search.expression() == null || search.expression().isBlank() ? null
                : search.expression();
    }
}
