package com.loyaltybatch.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.Sql;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filtered, cursor-paged reads of the ledger, as the Loyalty APIs' transaction query takes them:
 * a filter on {@code id}, {@code accountId} and {@code transactionType} (a value, {@code $eq} or
 * {@code $in}) and on {@code createdDate} ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}),
 * joined by {@code $and}; sorted by {@code createdDate}, newest first unless ASC is asked. The
 * cursor carries the filter, the order and where the page ended (URL-safe base64 of JSON).
 */
final class LedgerQuery {

    static final int MAX_IN_VALUES = 100;
    static final int MAX_CONDITIONS = 20;

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    LedgerQuery(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    TransactionPage page(String filter, boolean ascending, int limit, String cursor) {
        if (limit < 1 || limit > 100) {
            throw InvalidInputException.field("limit", "must be 1 to 100, got " + limit);
        }
        JsonNode filterNode;
        JsonNode after = null;
        if (cursor != null) {
            JsonNode state = decode(cursor);
            filterNode = state.get("f");
            ascending = state.get("asc").asBoolean();
            after = state.get("a");
        } else {
            filterNode = filter == null ? null : read(filter);
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> where = new ArrayList<>();
        conditions(filterNode, where, params, new int[1]);
        if (after != null) {
            try {
                params.addValue("afterDate", Sql.ts(Instant.parse(after.get(0).asString())));
            } catch (DateTimeParseException | NullPointerException e) {
                throw InvalidInputException.field("cursor", "not valid");
            }
            params.addValue("afterId", after.get(1).asString());
            where.add(ascending ? "(created_date > :afterDate OR (created_date = :afterDate AND id > :afterId))"
                    : "(created_date < :afterDate OR (created_date = :afterDate AND id < :afterId))");
        }
        String order = ascending ? "ASC" : "DESC";
        params.addValue("limit", limit + 1);
        String sql = TransactionRepository.SELECT + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY created_date " + order + ", id " + order + " FETCH FIRST :limit ROWS ONLY";
        List<PointsTransaction> rows = jdbc.query(sql, params, TransactionRepository::map);
        if (rows.size() <= limit) {
            return new TransactionPage(rows, null);
        }
        List<PointsTransaction> page = List.copyOf(rows.subList(0, limit));
        PointsTransaction last = page.get(limit - 1);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("f", filterNode);
        state.put("asc", ascending);
        state.put("a", List.of(last.createdDate().toString(), last.id()));
        return new TransactionPage(page, Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(state)));
    }

    private void conditions(JsonNode filter, List<String> where, MapSqlParameterSource params, int[] count) {
        if (filter == null || filter.isNull()) {
            return;
        }
        if (!filter.isObject()) {
            throw InvalidInputException.field("filter", "must be an object");
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = filter.properties().iterator(); fields.hasNext();) {
            var field = fields.next();
            if (++count[0] > MAX_CONDITIONS) {
                throw InvalidInputException.field("filter", "at most " + MAX_CONDITIONS + " conditions");
            }
            switch (field.getKey()) {
                case "$and" -> {
                    if (!field.getValue().isArray()) {
                        throw InvalidInputException.field("filter.$and", "must be an array");
                    }
                    for (JsonNode part : field.getValue()) {
                        conditions(part, where, params, count);
                    }
                }
                case "id" -> values(where, params, "id", "id", field.getValue());
                case "accountId" -> values(where, params, "account_id", "accountId", field.getValue());
                case "transactionType" -> values(where, params, "transaction_type", "transactionType", field.getValue());
                case "createdDate" -> dates(where, params, field.getValue());
                default -> throw InvalidInputException.field("filter." + field.getKey(),
                        "not a filterable field (id, accountId, transactionType, createdDate)");
            }
        }
    }

    private static void values(List<String> where, MapSqlParameterSource params, String column, String field,
            JsonNode value) {
        String name = "p" + params.getValues().size();
        if (value.isString()) {
            where.add(column + " = :" + name);
            params.addValue(name, value.asString());
            return;
        }
        if (value.isObject() && value.size() == 1 && value.has("$eq") && value.get("$eq").isString()) {
            where.add(column + " = :" + name);
            params.addValue(name, value.get("$eq").asString());
            return;
        }
        if (value.isObject() && value.size() == 1 && value.has("$in") && value.get("$in").isArray()) {
            List<String> in = new ArrayList<>();
            value.get("$in").forEach(v -> in.add(v.asString()));
            if (in.isEmpty() || in.size() > MAX_IN_VALUES) {
                throw InvalidInputException.field("filter." + field + ".$in", "1 to " + MAX_IN_VALUES + " values");
            }
            where.add(column + " IN (:" + name + ")");
            params.addValue(name, in);
            return;
        }
        throw InvalidInputException.field("filter." + field, "a value, {\"$eq\": value} or {\"$in\": [values]}");
    }

    private static void dates(List<String> where, MapSqlParameterSource params, JsonNode value) {
        if (!value.isObject() || value.isEmpty()) {
            throw InvalidInputException.field("filter.createdDate", "an object of $gt, $gte, $lt, $lte");
        }
        for (var bound : value.properties()) {
            String op = switch (bound.getKey()) {
                case "$gt" -> ">";
                case "$gte" -> ">=";
                case "$lt" -> "<";
                case "$lte" -> "<=";
                default -> throw InvalidInputException.field("filter.createdDate." + bound.getKey(),
                        "not an operator here ($gt, $gte, $lt, $lte)");
            };
            String name = "p" + params.getValues().size();
            try {
                params.addValue(name, Sql.ts(Instant.parse(bound.getValue().asString())));
            } catch (DateTimeParseException e) {
                throw InvalidInputException.field("filter.createdDate." + bound.getKey(),
                        "not an ISO-8601 instant: " + bound.getValue());
            }
            where.add("created_date " + op + " :" + name);
        }
    }

    private JsonNode read(String filter) {
        try {
            return json.readTree(filter);
        } catch (JacksonException e) {
            throw InvalidInputException.field("filter", "not valid JSON");
        }
    }

    private JsonNode decode(String cursor) {
        try {
            JsonNode state = json.readTree(new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8));
            JsonNode after = state.get("a");
            if (after == null || !after.isArray() || after.size() != 2 || !after.get(0).isString()
                    || !after.get(1).isString() || state.get("asc") == null || !state.get("asc").isBoolean()) {
                throw InvalidInputException.field("cursor", "not valid");
            }
            return state;
        } catch (IllegalArgumentException | JacksonException e) {
            throw InvalidInputException.field("cursor", "not valid");
        }
    }
}
