package com.loyaltybatch.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/** JDBC conversions shared by the repositories: timestamps travel as UTC {@link OffsetDateTime}. */
public final class Sql {

    private Sql() {
    }

    public static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * The rows of a child table for these parents, grouped by the parent's id: {@code sql} selects
     * the parent id first and takes the ids as {@code :ids}; each parent's rows keep the query's order.
     */
    public static <T> Map<String, List<T>> byParent(JdbcClient jdbc, String sql, Collection<String> ids,
            RowMapper<T> child) {
        Map<String, List<T>> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        jdbc.sql(sql).param("ids", ids).query((ResultSet rs) -> {
            rows.computeIfAbsent(rs.getString(1), id -> new ArrayList<>()).add(child.mapRow(rs, rows.size()));
        });
        return rows;
    }
}
