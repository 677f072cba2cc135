package com.loyaltybatch.launch.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.loyaltybatch.common.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A query over a small collection (rewards, tiers, earning rules, an account's coupons, a
 * checkout's discounts), evaluated on the entities' wire form: the filter operators of the Loyalty
 * APIs ({@code $eq $ne $in $gt $gte $lt $lte $exists $startsWith $and $or $not}) on dotted field
 * paths, up to five sorts, and a cursor that carries filter, sort and the next offset.
 */
final class SmallQuery {

    static final int MAX_CONDITIONS = 20;
    static final int MAX_IN_VALUES = 100;

    /** A page of wire entities and the cursor of the next one (null on the last page). */
    record Page<T>(List<T> items, String nextCursor) {
    }

    private SmallQuery() {
    }

    /** The filter a query applies: its own, or the one its cursor carries. */
    static JsonNode filterOf(JsonMapper json, CursorQuery query) {
        return query.cursor() != null ? decode(json, query.cursor()).get("f") : query.filter();
    }

    /** A value the filter requires of {@code field}: {@code field: v}, {@code field: {$eq: v}}, or one of {@code $and}. */
    static String required(JsonNode filter, String field) {
        if (filter == null || !filter.isObject()) {
            return null;
        }
        JsonNode value = filter.get(field);
        if (value != null && value.isObject() && value.has("$eq")) {
            value = value.get("$eq");
        }
        if (value != null && value.isString()) {
            return value.asString();
        }
        if (filter.has("$and") && filter.get("$and").isArray()) {
            for (JsonNode part : filter.get("$and")) {
                String found = required(part, field);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static <T> Page<T> page(JsonMapper json, List<T> all, CursorQuery query) {
        JsonNode filter;
        JsonNode sort;
        int offset = 0;
        if (query.cursor() != null) {
            JsonNode state = decode(json, query.cursor());
            filter = state.get("f");
            sort = state.get("s");
            offset = state.get("o").asInt();
        } else {
            filter = query.filter();
            sort = json.valueToTree(query.sort() == null ? List.of() : query.sort());
        }
        int limit = query.limit();
        List<Map.Entry<T, JsonNode>> rows = new ArrayList<>();
        for (T item : all) {
            JsonNode node = json.valueToTree(item);
            if (matches(node, filter, new int[1])) {
                rows.add(Map.entry(item, node));
            }
        }
        rows.sort(comparator(sort));
        List<T> page = rows.stream().skip(offset).limit(limit).map(Map.Entry::getKey).toList();
        if (offset + limit >= rows.size()) {
            return new Page<>(page, null);
        }
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("f", filter);
        state.put("s", sort);
        state.put("o", offset + limit);
        return new Page<>(page, Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(state)));
    }

    static boolean matches(JsonNode entity, JsonNode filter, int[] count) {
        if (filter == null || filter.isNull()) {
            return true;
        }
        if (!filter.isObject()) {
            throw InvalidInputException.field("filter", "must be an object");
        }
        for (var condition : filter.properties()) {
            if (++count[0] > MAX_CONDITIONS) {
                throw InvalidInputException.field("filter", "at most " + MAX_CONDITIONS + " conditions");
            }
            String key = condition.getKey();
            JsonNode value = condition.getValue();
            boolean ok = switch (key) {
                case "$and" -> all(entity, array(key, value), count);
                case "$or" -> array(key, value).stream().anyMatch(part -> matches(entity, part, count));
                case "$not" -> !matches(entity, value, count);
                default -> field(at(entity, key), key, value);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean all(JsonNode entity, List<JsonNode> parts, int[] count) {
        for (JsonNode part : parts) {
            if (!matches(entity, part, count)) {
                return false;
            }
        }
        return true;
    }

    private static List<JsonNode> array(String key, JsonNode value) {
        if (!value.isArray()) {
            throw InvalidInputException.field("filter." + key, "must be an array");
        }
        List<JsonNode> parts = new ArrayList<>();
        value.forEach(parts::add);
        return parts;
    }

    private static boolean field(JsonNode actual, String field, JsonNode condition) {
        if (!condition.isObject() || condition.isEmpty() || !condition.propertyNames().iterator().next().startsWith("$")) {
            return equal(actual, condition);
        }
        for (var op : condition.properties()) {
            JsonNode operand = op.getValue();
            boolean ok = switch (op.getKey()) {
                case "$eq" -> equal(actual, operand);
                case "$ne" -> !equal(actual, operand);
                case "$in" -> in(actual, field, operand);
                case "$nin" -> !in(actual, field, operand);
                case "$gt" -> compare(actual, operand) > 0;
                case "$gte" -> compare(actual, operand) >= 0;
                case "$lt" -> compare(actual, operand) < 0;
                case "$lte" -> compare(actual, operand) <= 0;
                case "$exists" -> operand.asBoolean() == !(actual == null || actual.isNull() || actual.isMissingNode());
                case "$startsWith" -> actual != null && actual.isString() && actual.asString().startsWith(operand.asString());
                default -> throw InvalidInputException.field("filter." + field + "." + op.getKey(), "not an operator");
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean in(JsonNode actual, String field, JsonNode values) {
        if (!values.isArray() || values.size() > MAX_IN_VALUES) {
            throw InvalidInputException.field("filter." + field + ".$in", "an array of at most " + MAX_IN_VALUES + " values");
        }
        for (JsonNode value : values) {
            if (equal(actual, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean equal(JsonNode actual, JsonNode expected) {
        if (actual == null || actual.isMissingNode() || actual.isNull()) {
            return expected == null || expected.isNull();
        }
        if (actual.isNumber() && expected.isNumber()) {
            return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
        }
        return actual.isValueNode() && expected.isValueNode() ? actual.asString().equals(expected.asString())
                : actual.equals(expected);
    }

    private static int compare(JsonNode actual, JsonNode operand) {
        if (actual == null || actual.isMissingNode() || actual.isNull()) {
            return -1;
        }
        if (actual.isNumber() && operand.isNumber()) {
            return actual.decimalValue().compareTo(operand.decimalValue());
        }
        return actual.asString().compareTo(operand.asString());
    }

    static JsonNode at(JsonNode entity, String path) {
        JsonNode node = entity;
        for (String part : path.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }

    private static <T> Comparator<Map.Entry<T, JsonNode>> comparator(JsonNode sorts) {
        Comparator<Map.Entry<T, JsonNode>> order = (a, b) -> 0;
        if (sorts == null || !sorts.isArray()) {
            return order;
        }
        for (JsonNode sort : sorts) {
            String field = sort.path("fieldName").asString();
            boolean descending = "DESC".equals(sort.path("order").asString("ASC").toUpperCase(Locale.ROOT));
            Comparator<Map.Entry<T, JsonNode>> byField = (a, b) -> compareNullsFirst(at(a.getValue(), field),
                    at(b.getValue(), field));
            order = order.thenComparing(descending ? byField.reversed() : byField);
        }
        return order;
    }

    private static int compareNullsFirst(JsonNode a, JsonNode b) {
        boolean aNull = a == null || a.isNull() || a.isMissingNode();
        boolean bNull = b == null || b.isNull() || b.isMissingNode();
        if (aNull || bNull) {
            return Boolean.compare(!aNull, !bNull);
        }
        return compare(a, b);
    }

    private static JsonNode decode(JsonMapper json, String cursor) {
        try {
            JsonNode state = json.readTree(new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8));
            if (state.get("o") == null || !state.get("o").canConvertToInt() || state.get("o").asInt() < 0) {
                throw InvalidInputException.field("cursor", "not valid");
            }
            return state;
        } catch (IllegalArgumentException | JacksonException e) {
            throw InvalidInputException.field("cursor", "not valid");
        }
    }
}
