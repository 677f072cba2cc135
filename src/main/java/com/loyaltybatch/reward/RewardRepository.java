package com.loyaltybatch.reward;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.loyaltybatch.common.Sql;

@Repository
class RewardRepository {

    private static final String SELECT = """
            SELECT id, name, active, reward_type, coupon_kind, minimum_subtotal, scope, created_date, updated_date,
                   revision
            FROM reward
            """;

    private final JdbcClient jdbc;

    RewardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Reward> findById(String id) {
        return withConfigs(jdbc.sql(SELECT + " WHERE id = ?").param(id).query(RewardRepository::map).list())
                .stream().findFirst();
    }

    /** The reward row locked until the transaction ends, so updates never cross. */
    Optional<Reward> lock(String id) {
        return withConfigs(jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(RewardRepository::map).list())
                .stream().findFirst();
    }

    List<Reward> findAll(boolean activeOnly) {
        return withConfigs(jdbc.sql(SELECT + (activeOnly ? " WHERE active = TRUE" : "") + " ORDER BY name, id")
                .query(RewardRepository::map).list());
    }

    void insert(Reward reward) {
        jdbc.sql("""
                INSERT INTO reward (id, name, active, reward_type, coupon_kind, minimum_subtotal, scope, created_date,
                       updated_date, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(reward.id(), reward.name(), reward.active(), reward.type().name(),
                        reward.couponKind() == null ? null : reward.couponKind().name(), reward.minimumSubtotal(),
                        reward.scope(), Sql.ts(reward.createdDate()), Sql.ts(reward.updatedDate()), reward.revision())
                .update();
        insertConfigs(reward);
    }

    void update(Reward reward) {
        jdbc.sql("""
                UPDATE reward SET name = ?, active = ?, minimum_subtotal = ?, scope = ?, updated_date = ?, revision = ?
                WHERE id = ?""")
                .params(reward.name(), reward.active(), reward.minimumSubtotal(), reward.scope(),
                        Sql.ts(reward.updatedDate()), reward.revision(), reward.id())
                .update();
        jdbc.sql("DELETE FROM reward_tier_config WHERE reward_id = ?").param(reward.id()).update();
        insertConfigs(reward);
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM reward_tier_config WHERE reward_id = ?").param(id).update();
        jdbc.sql("DELETE FROM reward WHERE id = ?").param(id).update();
    }

    private void insertConfigs(Reward reward) {
        int ordinal = 0;
        for (TierConfig config : reward.configs()) {
            jdbc.sql("""
                    INSERT INTO reward_tier_config (reward_id, ordinal, tier_id, cost_in_points, amount)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(reward.id(), ordinal++, config.tierId(), config.costInPoints(), config.amount())
                    .update();
        }
    }

    private List<Reward> withConfigs(List<Reward> rewards) {
        if (rewards.isEmpty()) {
            return rewards;
        }
        Map<String, List<TierConfig>> configs = Sql.byParent(jdbc, """
                SELECT reward_id, tier_id, cost_in_points, amount FROM reward_tier_config
                WHERE reward_id IN (:ids) ORDER BY reward_id, ordinal""", rewards.stream().map(Reward::id).toList(),
                (rs, n) -> new TierConfig(rs.getString(2), rs.getLong(3), rs.getBigDecimal(4)));
        return rewards.stream().map(r -> new Reward(r.id(), r.name(), r.active(), r.type(), r.couponKind(),
                r.minimumSubtotal(), r.scope(), configs.getOrDefault(r.id(), List.of()), r.createdDate(),
                r.updatedDate(), r.revision())).toList();
    }

    private static Reward map(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("coupon_kind");
        Instant created = Sql.instant(rs, "created_date");
        return new Reward(rs.getString("id"), rs.getString("name"), rs.getBoolean("active"),
                RewardType.valueOf(rs.getString("reward_type")), kind == null ? null : CouponKind.valueOf(kind),
                rs.getBigDecimal("minimum_subtotal"), rs.getString("scope"), List.of(), created,
                Sql.instant(rs, "updated_date"), rs.getLong("revision"));
    }
}
