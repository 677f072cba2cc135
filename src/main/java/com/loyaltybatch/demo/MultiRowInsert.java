package com.loyaltybatch.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Inserts rows with multi-row {@code INSERT ... VALUES (...), (...)} statements sent in JDBC
 * batches: one round trip carries thousands of rows on any database, without relying on a driver
 * option such as PostgreSQL's {@code reWriteBatchedInserts}.
 */
final class MultiRowInsert<T> {

    /** Binds one row's values from parameter index {@code first} on. */
    @FunctionalInterface
    interface Binder<T> {
        void bind(PreparedStatement statement, int first, T row) throws SQLException;
    }

    private final String table;
    private final String columns;
    private final int width;
    private final int rowsPerStatement;
    private final Binder<T> binder;

    MultiRowInsert(String table, List<String> columns, int rowsPerStatement, Binder<T> binder) {
        this.table = table;
        this.columns = String.join(", ", columns);
        this.width = columns.size();
        this.rowsPerStatement = rowsPerStatement;
        this.binder = binder;
    }

    void insert(Connection connection, List<T> rows) throws SQLException {
        int full = rows.size() / rowsPerStatement;
        if (full > 0) {
            try (PreparedStatement statement = connection.prepareStatement(sql(rowsPerStatement))) {
                for (int s = 0; s < full; s++) {
                    bind(statement, rows, s * rowsPerStatement, rowsPerStatement);
                    statement.addBatch();
                }
                statement.executeBatch();
            }
        }
        int rest = rows.size() - full * rowsPerStatement;
        if (rest > 0) {
            try (PreparedStatement statement = connection.prepareStatement(sql(rest))) {
                bind(statement, rows, full * rowsPerStatement, rest);
                statement.executeUpdate();
            }
        }
    }

    private void bind(PreparedStatement statement, List<T> rows, int from, int count) throws SQLException {
        for (int r = 0; r < count; r++) {
            binder.bind(statement, 1 + r * width, rows.get(from + r));
        }
    }

    private String sql(int rows) {
        String row = IntStream.range(0, width).mapToObj(i -> "?").collect(Collectors.joining(", ", "(", ")"));
        return "INSERT INTO " + table + " (" + columns + ") VALUES "
                + IntStream.range(0, rows).mapToObj(i -> row).collect(Collectors.joining(", "));
    }
}
