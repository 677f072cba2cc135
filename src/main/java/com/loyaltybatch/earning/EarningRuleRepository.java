package com.loyaltybatch.earning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.loyaltybatch.common.Sql;

@Repository
class EarningRuleRepository {

    private static final String SELECT = """
            SELECT id, title, trigger_app_id, trigger_activity_type, kind, status, created_date, updated_date, revision
            FROM earning_rule
            """;

    private final JdbcClient jdbc;

    EarningRuleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EarningRule> findById(String id) {
        return withConfigs(jdbc.sql(SELECT + " WHERE id = ?").param(id).query(EarningRuleRepository::map).list())
                .stream().findFirst();
    }

    Optional<EarningRule> lock(String id) {
        return withConfigs(jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(EarningRuleRepository::map)
                .list()).stream().findFirst();
    }

    List<EarningRule> findAll(boolean activeOnly) {
        return withConfigs(jdbc.sql(SELECT + (activeOnly ? " WHERE status = 'ACTIVE'" : "") + " ORDER BY title, id")
                .query(EarningRuleRepository::map).list());
    }

    void insert(EarningRule rule) {
        jdbc.sql("""
                INSERT INTO earning_rule (id, title, trigger_app_id, trigger_activity_type, kind, status, created_date,
                       updated_date, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(rule.id(), rule.title(), rule.triggerAppId(), rule.triggerActivityType(), rule.kind().name(),
                        rule.status().name(), Sql.ts(rule.createdDate()), Sql.ts(rule.updatedDate()), rule.revision())
                .update();
        insertConfigs(rule);
    }

    void update(EarningRule rule) {
        jdbc.sql("""
                UPDATE earning_rule SET title = ?, trigger_app_id = ?, trigger_activity_type = ?, kind = ?, status = ?,
                       updated_date = ?, revision = ?
                WHERE id = ?""")
                .params(rule.title(), rule.triggerAppId(), rule.triggerActivityType(), rule.kind().name(),
                        rule.status().name(), Sql.ts(rule.updatedDate()), rule.revision(), rule.id())
                .update();
        jdbc.sql("DELETE FROM earning_rule_config WHERE rule_id = ?").param(rule.id()).update();
        insertConfigs(rule);
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM earning_rule_config WHERE rule_id = ?").param(id).update();
        jdbc.sql("DELETE FROM earning_rule WHERE id = ?").param(id).update();
    }

    private void insertConfigs(EarningRule rule) {
        int ordinal = 0;
        for (RuleConfig config : rule.configs()) {
            jdbc.sql("""
                    INSERT INTO earning_rule_config (rule_id, ordinal, tier_id, money_amount, points)
                    VALUES (?, ?, ?, ?, ?)""")
                    .params(rule.id(), ordinal++, config.tierId(), config.moneyAmount(), config.points())
                    .update();
        }
    }

    private List<EarningRule> withConfigs(List<EarningRule> rules) {
        if (rules.isEmpty()) {
            return rules;
        }
        Map<String, List<RuleConfig>> configs = Sql.byParent(jdbc, """
                SELECT rule_id, tier_id, money_amount, points FROM earning_rule_config
                WHERE rule_id IN (:ids) ORDER BY rule_id, ordinal""", rules.stream().map(EarningRule::id).toList(),
                (rs, n) -> new RuleConfig(rs.getString(2), rs.getBigDecimal(3), rs.getLong(4)));
        return rules.stream().map(r -> new EarningRule(r.id(), r.title(), r.triggerAppId(), r.triggerActivityType(),
                r.kind(), r.status(), configs.getOrDefault(r.id(), List.of()), r.createdDate(), r.updatedDate(),
                r.revision())).toList();
    }

    private static EarningRule map(ResultSet rs, int row) throws SQLException {
        return new EarningRule(rs.getString("id"), rs.getString("title"), rs.getString("trigger_app_id"),
                rs.getString("trigger_activity_type"), EarningRuleKind.valueOf(rs.getString("kind")),
                EarningRuleStatus.valueOf(rs.getString("status")), List.of(), Sql.instant(rs, "created_date"),
                Sql.instant(rs, "updated_date"), rs.getLong("revision"));
    }
}
