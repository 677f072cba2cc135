package com.loyaltybatch.support;

import java.time.Instant;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.common.Sql;

/**
 * Back-dated ledger entries for tests of periods in the past: writes the transaction and the
 * account's totals as the engine would have at that time, keeping the invariant.
 */
@TestComponent
public class Ledger {

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String accountId, String type, long amount, String description, Instant at) {
        jdbc.sql("""
                INSERT INTO points_transaction (id, account_id, created_date, amount, transaction_type, description)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID().toString(), accountId, Sql.ts(at), amount, type, description).update();
        String column = switch (type) {
            case "EARN" -> "earned = earned + ?";
            case "ADJUST" -> "adjusted = adjusted + ?";
            case "REDEEM", "REFUND" -> "redeemed = redeemed - ?";
            case "EXPIRE" -> "expired = expired - ?";
            default -> throw new IllegalArgumentException(type);
        };
        jdbc.sql("UPDATE loyalty_account SET balance = balance + ?, " + column + ", revision = revision + 1,"
                + " last_activity_date = ? WHERE id = ?")
                .params(amount, amount, Sql.ts(at), accountId).update();
    }
}
