package com.loyaltybatch.reward;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.loyaltybatch.common.Sql;

@Repository
class CouponRepository {

    private static final String SELECT = """
            SELECT id, code, account_id, reward_id, reward_name, coupon_kind, amount, minimum_subtotal, scope,
                   cost_in_points, status, transaction_id, created_date, updated_date, revision
            FROM coupon
            """;

    private final JdbcClient jdbc;

    CouponRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Coupon> findById(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(CouponRepository::map).optional();
    }

    Optional<Coupon> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE code = ?").param(code).query(CouponRepository::map).optional();
    }

    List<Coupon> findByAccount(String accountId) {
        return jdbc.sql(SELECT + " WHERE account_id = ? ORDER BY seq DESC").param(accountId)
                .query(CouponRepository::map).list();
    }

    boolean codeExists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM coupon WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    void insert(Coupon c) {
        jdbc.sql("""
                INSERT INTO coupon (id, code, account_id, reward_id, reward_name, coupon_kind, amount, minimum_subtotal,
                       scope, cost_in_points, status, transaction_id, created_date, updated_date, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.code(), c.accountId(), c.rewardId(), c.rewardName(), c.kind().name(), c.amount(),
                        c.minimumSubtotal(), c.scope(), c.costInPoints(), c.status().name(), c.transactionId(),
                        Sql.ts(c.createdDate()), Sql.ts(c.updatedDate()), c.revision())
                .update();
    }

    /**
     * Moves the coupon to {@code to} if it is in one of {@code from}; false when it was not (a
     * concurrent change got there first, or the transition is not allowed).
     */
    boolean transition(String id, Collection<CouponStatus> from, CouponStatus to, Instant now) {
        return jdbc.sql("""
                UPDATE coupon SET status = :to, updated_date = :now, revision = revision + 1
                WHERE id = :id AND status IN (:from)""")
                .param("to", to.name()).param("now", Sql.ts(now)).param("id", id)
                .param("from", from.stream().map(Enum::name).toList())
                .update() == 1;
    }

    private static Coupon map(ResultSet rs, int row) throws SQLException {
        return new Coupon(rs.getString("id"), rs.getString("code"), rs.getString("account_id"),
                rs.getString("reward_id"), rs.getString("reward_name"), CouponKind.valueOf(rs.getString("coupon_kind")),
                rs.getBigDecimal("amount"), rs.getBigDecimal("minimum_subtotal"), rs.getString("scope"),
                rs.getLong("cost_in_points"), CouponStatus.valueOf(rs.getString("status")),
                rs.getString("transaction_id"), Sql.instant(rs, "created_date"), Sql.instant(rs, "updated_date"),
                rs.getLong("revision"));
    }
}
