package com.loyaltybatch.reward;

import java.util.Collection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.loyaltybatch.account.RewardAvailability;

/**
 * {@link RewardAvailability} in one UPDATE: an account has a reward available when an active
 * reward has a configuration for its tier (both null: the base tier) that costs no more than its
 * balance. Only rows whose flag changes are written.
 */
@Component
class SqlRewardAvailability implements RewardAvailability {

    private static final String AVAILABLE = """
            EXISTS (SELECT 1 FROM reward r JOIN reward_tier_config c ON c.reward_id = r.id
                    WHERE r.active = TRUE AND c.cost_in_points <= loyalty_account.balance
                      AND (c.tier_id = loyalty_account.tier_id
                           OR (c.tier_id IS NULL AND loyalty_account.tier_id IS NULL)))""";

    private static final String UPDATE = "UPDATE loyalty_account SET reward_available = " + AVAILABLE
            + " WHERE reward_available <> (" + AVAILABLE + ")";

    private static final String COVERED = """
            SELECT EXISTS (SELECT 1 FROM reward r JOIN reward_tier_config c ON c.reward_id = r.id
                           WHERE r.active = TRUE AND c.cost_in_points <= ?""";

    private final JdbcClient jdbc;

    SqlRewardAvailability(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean coveredBy(long balance, String tierId) {
        var query = tierId == null
                ? jdbc.sql(COVERED + " AND c.tier_id IS NULL)").param(balance)
                : jdbc.sql(COVERED + " AND c.tier_id = ?)").params(balance, tierId);
        return query.query(Boolean.class).single();
    }

    @Override
    public void refresh(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return;
        }
        jdbc.sql(UPDATE + " AND id IN (:ids)").param("ids", accountIds).update();
    }

    @Override
    public void refreshAll() {
        jdbc.sql(UPDATE).update();
    }
}
