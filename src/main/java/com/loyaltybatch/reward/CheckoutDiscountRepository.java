package com.loyaltybatch.reward;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.loyaltybatch.common.Sql;

@Repository
class CheckoutDiscountRepository {

    private static final String SELECT = """
            SELECT id, checkout_id, account_id, discount_type, reward_id, reward_name, coupon_id, points_spent, amount,
                   status, transaction_id, refund_transaction_id, created_date, updated_date, revision
            FROM checkout_discount
            """;

    private final JdbcClient jdbc;

    CheckoutDiscountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CheckoutDiscount> findById(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(CheckoutDiscountRepository::map).optional();
    }

    Optional<CheckoutDiscount> lock(String id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(CheckoutDiscountRepository::map).optional();
    }

    /** The checkout's live (APPLIED or COMPLETED) discount. */
    Optional<CheckoutDiscount> findLive(String checkoutId) {
        return jdbc.sql(SELECT + " WHERE active_checkout_id = ?").param(checkoutId)
                .query(CheckoutDiscountRepository::map).optional();
    }

    /** Every discount the checkout had, oldest first. */
    List<CheckoutDiscount> findByCheckout(String checkoutId) {
        return jdbc.sql(SELECT + " WHERE checkout_id = ? ORDER BY seq").param(checkoutId)
                .query(CheckoutDiscountRepository::map).list();
    }

    void insert(CheckoutDiscount d) {
        jdbc.sql("""
                INSERT INTO checkout_discount (id, checkout_id, active_checkout_id, account_id, discount_type, reward_id,
                       reward_name, coupon_id, points_spent, amount, status, transaction_id, refund_transaction_id,
                       created_date, updated_date, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.checkoutId(), d.checkoutId(), d.accountId(), d.type().name(), d.rewardId(),
                        d.rewardName(), d.couponId(), d.pointsSpent(), d.amount(), d.status().name(), d.transactionId(),
                        d.refundTransactionId(), Sql.ts(d.createdDate()), Sql.ts(d.updatedDate()), d.revision())
                .update();
    }

    void complete(String id, Instant now) {
        jdbc.sql("UPDATE checkout_discount SET status = 'COMPLETED', updated_date = ?, revision = revision + 1 WHERE id = ?")
                .params(Sql.ts(now), id).update();
    }

    void refund(String id, String refundTransactionId, Instant now) {
        jdbc.sql("""
                UPDATE checkout_discount SET status = 'REFUNDED', active_checkout_id = NULL, refund_transaction_id = ?,
                       updated_date = ?, revision = revision + 1
                WHERE id = ?""")
                .params(refundTransactionId, Sql.ts(now), id).update();
    }

    private static CheckoutDiscount map(ResultSet rs, int row) throws SQLException {
        return new CheckoutDiscount(rs.getString("id"), rs.getString("checkout_id"), rs.getString("account_id"),
                DiscountType.valueOf(rs.getString("discount_type")), rs.getString("reward_id"),
                rs.getString("reward_name"), rs.getString("coupon_id"), rs.getLong("points_spent"),
                rs.getBigDecimal("amount"), DiscountStatus.valueOf(rs.getString("status")),
                rs.getString("transaction_id"), rs.getString("refund_transaction_id"), Sql.instant(rs, "created_date"),
                Sql.instant(rs, "updated_date"), rs.getLong("revision"));
    }
}
