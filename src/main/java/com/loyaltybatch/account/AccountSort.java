package com.loyaltybatch.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.loyaltybatch.common.InvalidInputException;

/**
 * The order of an account query: up to {@value #MAX_FIELDS} requested fields, then the account id,
 * which makes the order total. A total order is what lets a cursor resume after the last row by
 * comparing sort keys (keyset paging) instead of counting rows: rows added or removed meanwhile
 * shift no page, and no page costs more than the first.
 */
final class AccountSort {

    static final int MAX_FIELDS = 5;

    record Key(AccountField field, boolean descending) {

        String spec() {
            return field.apiName + (descending ? ":desc" : ":asc");
        }
    }

    private final List<Key> requested;
    private final List<Key> keys;

    private AccountSort(List<Key> requested) {
        this.requested = List.copyOf(requested);
        List<Key> total = new ArrayList<>(requested);
        if (requested.stream().noneMatch(key -> key.field() == AccountField.ID)) {
            total.add(new Key(AccountField.ID, false));
        }
        this.keys = List.copyOf(total);
    }

    /** Parses {@code field[:asc|:desc]} entries; none means id order. */
    static AccountSort parse(List<String> specs) {
        List<String> given = specs == null ? List.of() : specs;
        if (given.size() > MAX_FIELDS) {
            throw InvalidInputException.field("sort", "at most " + MAX_FIELDS + " fields, got " + given.size());
        }
        List<Key> keys = new ArrayList<>();
        Set<AccountField> seen = new HashSet<>();
        for (String spec : given) {
            Key key = key(spec);
            if (!seen.add(key.field())) {
                throw InvalidInputException.field("sort", "'" + key.field().apiName + "' is given twice");
            }
            keys.add(key);
        }
        return new AccountSort(keys);
    }

    private static Key key(String spec) {
        String[] parts = (spec == null ? "" : spec.trim()).split(":", 2);
        AccountField field = AccountField.byName(parts[0]).orElseThrow(() -> InvalidInputException.field("sort",
                "unknown field '" + parts[0] + "' (known: " + AccountField.KNOWN + ")"));
        String direction = parts.length == 1 ? "asc" : parts[1].toLowerCase(Locale.ROOT);
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw InvalidInputException.field("sort", "'" + spec + "' must end in :asc or :desc");
        }
        return new Key(field, direction.equals("desc"));
    }

    /** The requested entries in a normal form that {@link #parse} reads back. */
    List<String> specs() {
        return requested.stream().map(Key::spec).toList();
    }

    String orderBy() {
        return " ORDER BY " + String.join(", ",
                keys.stream().map(k -> k.field().sortExpression() + (k.descending() ? " DESC" : " ASC")).toList());
    }

    /** The sort key of an account: the values a cursor remembers of the last row of a page. */
    List<Object> keyOf(Account account) {
        return keys.stream().map(k -> k.field().valueOf(account)).toList();
    }

    List<Key> keys() {
        return keys;
    }

    /**
     * Adds "comes after this sort key" to a WHERE clause: {@code (k1 > v1) OR (k1 = v1 AND k2 > v2)
     * OR ...}, with {@code <} for descending keys. A leading {@code k1 >= v1} repeats the first
     * term in a form an index on k1 can serve.
     */
    void addAfter(SqlWhere where, List<Object> key) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            AccountField field = keys.get(i).field();
            Object value = key.get(i);
            values.add(value == null ? field.type.lowest : where.bind(field.type.bind(value)));
        }
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<String> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(keys.get(j).field().sortExpression() + " = " + values.get(j));
            }
            terms.add(compare(keys.get(i), values.get(i), false));
            alternatives.add("(" + String.join(" AND ", terms) + ")");
        }
        where.and(compare(keys.get(0), values.get(0), true));
        where.and("(" + String.join(" OR ", alternatives) + ")");
    }

    private static String compare(Key key, String value, boolean orEqual) {
        String operator = (key.descending() ? "<" : ">") + (orEqual ? "=" : "");
        return key.field().sortExpression() + " " + operator + " " + value;
    }
}
