package com.loyaltybatch.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A WHERE clause under construction: conditions joined by AND, every value a named bind
 * parameter, so nothing a caller types ever becomes SQL text.
 */
final class SqlWhere {

    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    /** Binds a value (a collection expands to a list, for IN) and returns its placeholder. */
    String bind(Object value) {
        String name = "p" + params.getValues().size();
        params.addValue(name, value);
        return ":" + name;
    }

    SqlWhere and(String condition) {
        conditions.add(condition);
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    MapSqlParameterSource params() {
        return params;
    }
}
