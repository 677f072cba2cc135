package com.loyaltybatch.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.loyaltybatch.common.InvalidInputException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filter of an account query, in the Mongo-like grammar of the Loyalty APIs, turned into SQL.
 *
 * <pre>
 * filter   = { field: value | { operator: value, ... }, ... }
 * operator = $eq $ne $in $exists $lt $lte $gt $gte
 * </pre>
 *
 * Fields and operators are ANDed; a bare value means {@code $eq}. Values are checked against the
 * field's {@link FieldType} before they reach SQL, so a mistyped filter is refused with a message
 * rather than matching nothing. As in MongoDB, whose grammar the APIs borrow, a missing value
 * (null) never satisfies a comparison, does satisfy {@code $ne} of any value, and is found with
 * {@code $exists: false} or {@code $eq: null}.
 */
final class AccountFilter {

    static final int MAX_IN_VALUES = 100;
    static final int MAX_CONDITIONS = 20;

    private enum Operator {
        EQ, NE, IN, EXISTS, LT, LTE, GT, GTE;

        final String apiName = "$" + name().toLowerCase(Locale.ROOT);

        static final String KNOWN = Arrays.stream(values()).map(o -> o.apiName).collect(Collectors.joining(" "));
    }

    private static final Map<Operator, String> COMPARISONS =
            Map.of(Operator.LT, "<", Operator.LTE, "<=", Operator.GT, ">", Operator.GTE, ">=");

    private AccountFilter() {
    }

    /** The filter text as a JSON object; null when there is no filter. */
    static JsonNode read(JsonMapper json, String filter) {
        if (filter == null || filter.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = json.readTree(filter);
        } catch (JacksonException e) {
            throw invalid("not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
        if (node == null || !node.isObject()) {
            throw invalid("must be a JSON object, e.g. {\"points.balance\": {\"$gte\": 100}}");
        }
        return node;
    }

    /** Adds the conditions of a filter from {@link #read} to a WHERE clause; a null filter adds none. */
    static void addTo(SqlWhere where, JsonNode filter) {
        if (filter == null) {
            return;
        }
        for (String condition : conjuncts(where, filter, new int[1])) {
            where.and(condition);
        }
    }

    /**
     * The conditions a filter object joins with AND: one per field operation, and those of
     * {@code $and} (an array of filters), {@code $or} (any of an array) and {@code $not} (a filter
     * that must not hold); at most {@link #MAX_CONDITIONS} in all.
     */
    private static List<String> conjuncts(SqlWhere where, JsonNode filter, int[] count) {
        if (filter == null || !filter.isObject()) {
            throw invalid("must be a JSON object, e.g. {\"points.balance\": {\"$gte\": 100}}");
        }
        List<String> conditions = new ArrayList<>();
        for (var entry : filter.properties()) {
            if (++count[0] > MAX_CONDITIONS) {
                throw invalid("at most " + MAX_CONDITIONS + " conditions");
            }
            String key = entry.getKey();
            JsonNode condition = entry.getValue();
            if (key.equals("$and") || key.equals("$or")) {
                if (!condition.isArray() || condition.isEmpty()) {
                    throw invalid("'" + key + "' takes a non-empty array of filters");
                }
                List<String> parts = new ArrayList<>();
                for (JsonNode part : condition) {
                    parts.add(String.join(" AND ", orTrue(conjuncts(where, part, count))));
                }
                conditions.add(key.equals("$and") ? String.join(" AND ", parts)
                        : parts.stream().map(p -> "(" + p + ")").collect(Collectors.joining(" OR ", "(", ")")));
                continue;
            }
            if (key.equals("$not")) {
                conditions.add("NOT (" + String.join(" AND ", orTrue(conjuncts(where, condition, count))) + ")");
                continue;
            }
            AccountField field = AccountField.byName(key).orElseThrow(() -> invalid(
                    "unknown field '" + key + "' (known: " + AccountField.KNOWN + ")"));
            if (!condition.isObject()) {
                conditions.add(condition(where, field, Operator.EQ, condition));
                continue;
            }
            if (condition.isEmpty()) {
                throw invalid("'" + field.apiName + "' has no operator (known: " + Operator.KNOWN + ")");
            }
            for (var operation : condition.properties()) {
                conditions.add(condition(where, field, operator(field, operation.getKey()), operation.getValue()));
            }
        }
        return conditions;
    }

    private static List<String> orTrue(List<String> conditions) {
        return conditions.isEmpty() ? List.of("1 = 1") : conditions;
    }

    private static Operator operator(AccountField field, String name) {
        return Arrays.stream(Operator.values()).filter(o -> o.apiName.equals(name)).findFirst()
                .orElseThrow(() -> invalid("unknown operator '" + name + "' on '" + field.apiName
                        + "' (known: " + Operator.KNOWN + ")"));
    }

    private static String condition(SqlWhere where, AccountField field, Operator op, JsonNode value) {
        String column = field.column;
        return switch (op) {
            case EQ -> value.isNull() ? column + " IS NULL" : column + " = " + where.bind(bindable(field, op, value));
            case NE -> value.isNull() ? column + " IS NOT NULL" : notEqual(field, where.bind(bindable(field, op, value)));
            case EXISTS -> column + (exists(field, value) ? " IS NOT NULL" : " IS NULL");
            case IN -> in(where, field, value);
            default -> column + " " + COMPARISONS.get(op) + " " + where.bind(bindable(field, op, value));
        };
    }

    private static String notEqual(AccountField field, String placeholder) {
        String differs = field.column + " <> " + placeholder;
        return field.nullable ? "(" + differs + " OR " + field.column + " IS NULL)" : differs;
    }

    private static boolean exists(AccountField field, JsonNode value) {
        if (!value.isBoolean()) {
            throw invalid("'" + field.apiName + "' $exists expects true or false, got " + shown(value));
        }
        return value.booleanValue();
    }

    private static String in(SqlWhere where, AccountField field, JsonNode values) {
        if (!values.isArray()) {
            throw invalid("'" + field.apiName + "' $in expects an array, got " + shown(values));
        }
        if (values.size() > MAX_IN_VALUES) {
            throw invalid("'" + field.apiName + "' $in takes at most " + MAX_IN_VALUES + " values, got " + values.size());
        }
        if (values.isEmpty()) {
            return "1 = 0";
        }
        List<Object> bound = new ArrayList<>();
        values.forEach(value -> bound.add(bindable(field, Operator.IN, value)));
        return field.column + " IN (" + where.bind(bound) + ")";
    }

    private static Object bindable(AccountField field, Operator op, JsonNode value) {
        Object parsed = field.type.parse(value);
        if (parsed == null) {
            throw invalid("'" + field.apiName + "' " + op.apiName + " expects " + field.type.expected + ", got " + shown(value));
        }
        return field.type.bind(parsed);
    }

    /** A value as the caller wrote it, cut short so that the message stays one readable line. */
    private static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    private static InvalidInputException invalid(String rule) {
        return InvalidInputException.field("filter", rule);
    }
}
