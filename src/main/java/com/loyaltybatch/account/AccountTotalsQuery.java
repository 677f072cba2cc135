package com.loyaltybatch.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Program-wide totals, from one statement grouped by tier, so that the per-tier counts and the
 * sums always describe the same moment even while points move.
 */
final class AccountTotalsQuery {

    private final NamedParameterJdbcTemplate jdbc;

    AccountTotalsQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The base tier (no tier id) comes first, then tiers by id: the account table knows no tier
     * ranking. Sums of BIGINT come back as NUMERIC on both databases and are read as long, which
     * a program's points fit comfortably.
     */
    AccountTotals totals() {
        List<TierRow> rows = jdbc.query("""
                SELECT tier_id, COUNT(*) AS accounts, SUM(balance) AS balance, SUM(earned) AS earned,
                       SUM(adjusted) AS adjusted, SUM(redeemed) AS redeemed, SUM(expired) AS expired
                FROM loyalty_account GROUP BY tier_id ORDER BY tier_id NULLS FIRST""", Map.of(),
                (rs, n) -> new TierRow(new AccountTotals.TierCount(rs.getString("tier_id"), rs.getLong("accounts")),
                        new Account.Points(rs.getLong("balance"), rs.getLong("earned"), rs.getLong("adjusted"),
                                rs.getLong("redeemed"), rs.getLong("expired"))));
        long accounts = 0;
        Account.Points sum = Account.Points.ZERO;
        List<AccountTotals.TierCount> tiers = new ArrayList<>();
        for (TierRow row : rows) {
            accounts += row.tier().accounts();
            sum = plus(sum, row.points());
            tiers.add(row.tier());
        }
        return new AccountTotals(accounts, sum, List.copyOf(tiers));
    }

    private record TierRow(AccountTotals.TierCount tier, Account.Points points) {
    }

    private static Account.Points plus(Account.Points a, Account.Points b) {
        return new Account.Points(a.balance() + b.balance(), a.earned() + b.earned(), a.adjusted() + b.adjusted(),
                a.redeemed() + b.redeemed(), a.expired() + b.expired());
    }
}
