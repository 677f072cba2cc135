package com.loyaltybatch.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.loyaltybatch.common.Sql;

import tools.jackson.databind.JsonNode;

/**
 * How the values of a queryable field travel: from JSON (filters and cursors) to Java, and from
 * Java to a bind parameter. Each type also names its lowest value as a SQL literal, the stand-in
 * for null when ordering, chosen so that nulls come first in ascending order, as MongoDB orders
 * them. A real value equal to it would merely tie with the nulls, which the id tie-breaker orders.
 */
enum FieldType {

    TEXT("a string", "''"),
    NUMBER("a whole number", "CAST(-9223372036854775808 AS BIGINT)"),
    DATE("an ISO-8601 instant or YYYY-MM-DD", "TIMESTAMP WITH TIME ZONE '0001-01-01 00:00:00+00:00'");

    final String expected;
    final String lowest;

    FieldType(String expected, String lowest) {
        this.expected = expected;
        this.lowest = lowest;
    }

    /** The Java value of a JSON value: String, Long or Instant; null when it is not of this type. */
    Object parse(JsonNode node) {
        return switch (this) {
            case TEXT -> node.isString() ? node.stringValue() : null;
            case NUMBER -> node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null;
            case DATE -> node.isString() ? instant(node.stringValue()) : null;
        };
    }

    /** The JDBC bind value of a Java value from {@link #parse}. */
    Object bind(Object value) {
        return value instanceof Instant instant ? Sql.ts(instant) : value;
    }

    /** The JSON-ready form of a Java value from {@link #parse}, for cursors. */
    Object json(Object value) {
        return value instanceof Instant instant ? instant.toString() : value;
    }

    /** A bare date means the start of that day in UTC, the only zone the APIs speak. */
    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
