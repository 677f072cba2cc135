package com.loyaltybatch.account;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.loyaltybatch.common.InvalidInputException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Filtered, sorted, cursor-paged reads over accounts. The grammar lives in {@link AccountFilter},
 * the order and the "after this row" predicate in {@link AccountSort}, the paging state in
 * {@link AccountCursor}; this class puts them into one statement.
 */
@Component
class AccountQueries {

    static final int MAX_LIMIT = 100;

    private static final String FROM = " FROM loyalty_account a JOIN contact c ON c.id = a.contact_id";

    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;
    private final AccountTotalsQuery totals;

    AccountQueries(NamedParameterJdbcTemplate jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.totals = new AccountTotalsQuery(jdbc);
    }

    AccountPage page(AccountQuery query) {
        int limit = query.limit();
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.field("limit", "must be 1 to " + MAX_LIMIT + ", got " + limit);
        }
        AccountCursor from = query.cursor() != null ? AccountCursor.decode(json, query.cursor())
                : new AccountCursor(AccountFilter.read(json, query.filter()), AccountSort.parse(query.sort()),
                        normalized(query.search()), null);
        SqlWhere where = where(from.filter(), from.search());
        if (from.after() != null) {
            from.sort().addAfter(where, from.after());
        }
        String sql = AccountRepository.SELECT + where.sql() + from.sort().orderBy()
                + " FETCH FIRST " + where.bind(limit + 1) + " ROWS ONLY";
        List<Account> rows = jdbc.query(sql, where.params(), AccountRepository::map);
        if (rows.size() <= limit) {
            return new AccountPage(rows, null);
        }
        List<Account> page = List.copyOf(rows.subList(0, limit));
        Account last = page.get(limit - 1);
        var next = new AccountCursor(from.filter(), from.sort(), from.search(), from.sort().keyOf(last));
        return new AccountPage(page, next.encode(json));
    }

    long count(String filter, String search) {
        SqlWhere where = where(AccountFilter.read(json, filter), normalized(search));
        return jdbc.queryForObject("SELECT COUNT(*)" + FROM + where.sql(), where.params(), Long.class);
    }

    AccountTotals totals() {
        return totals.totals();
    }

    private static SqlWhere where(JsonNode filter, String search) {
        SqlWhere where = new SqlWhere();
        AccountFilter.addTo(where, filter);
        if (search != null) {
            String pattern = where.bind("%" + escapeLike(search.toLowerCase(Locale.ROOT)) + "%");
            where.and("(LOWER(c.email) LIKE " + pattern + " ESCAPE '!'"
                    + " OR LOWER(CONCAT(c.first_name, ' ', c.last_name)) LIKE " + pattern + " ESCAPE '!')");
        }
        return where;
    }

    private static String normalized(String search) {
        return search == null || search.isBlank() ? null : search.trim();
    }

    /** Searching for "50%" or "a_b" means those characters, not LIKE wildcards. */
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
