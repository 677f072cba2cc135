package com.loyaltybatch.tier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.loyaltybatch.common.Sql;

/** Tier definitions and the single tiers-settings row (id 1, created by the schema migration). */
@Repository
class TierRepository {

    private static final String SELECT = """
            SELECT id, name, description, icon_url, required_points, created_date, updated_date, revision
            FROM tier
            """;

    private static final String SELECT_SETTINGS = """
            SELECT status, rolling_window_months, base_name, base_description, base_icon_url, created_date,
                   updated_date, revision
            FROM tier_settings WHERE id = 1
            """;

    private final JdbcClient jdbc;

    TierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** All tiers, lowest required points first. */
    List<Tier> findAll() {
        return jdbc.sql(SELECT + " ORDER BY required_points").query(TierRepository::map).list();
    }

    Optional<Tier> findById(String id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(TierRepository::map).optional();
    }

    Optional<Tier> lock(String id) {
        return jdbc.sql(SELECT + " WHERE id = ? FOR UPDATE").param(id).query(TierRepository::map).optional();
    }

    void insert(Tier tier) {
        jdbc.sql("""
                INSERT INTO tier (id, name, name_key, description, icon_url, required_points, created_date,
                       updated_date, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tier.id(), tier.name(), TierRules.nameKey(tier.name()), tier.definition().description(),
                        tier.definition().icon(), tier.requiredPoints(), Sql.ts(tier.createdDate()),
                        Sql.ts(tier.updatedDate()), tier.revision())
                .update();
    }

    void update(Tier tier) {
        jdbc.sql("""
                UPDATE tier SET name = ?, name_key = ?, description = ?, icon_url = ?, required_points = ?,
                       updated_date = ?, revision = ?
                WHERE id = ?""")
                .params(tier.name(), TierRules.nameKey(tier.name()), tier.definition().description(),
                        tier.definition().icon(), tier.requiredPoints(), Sql.ts(tier.updatedDate()), tier.revision(),
                        tier.id())
                .update();
    }

    void delete(String id) {
        jdbc.sql("DELETE FROM tier WHERE id = ?").param(id).update();
    }

    TierSettings settings() {
        return jdbc.sql(SELECT_SETTINGS).query(TierRepository::mapSettings).single();
    }

    /** Loads the settings and locks them until the transaction ends, so changes never interleave. */
    TierSettings lockSettings() {
        return jdbc.sql(SELECT_SETTINGS + " FOR UPDATE").query(TierRepository::mapSettings).single();
    }

    void save(TierSettings settings) {
        jdbc.sql("""
                UPDATE tier_settings SET status = ?, rolling_window_months = ?, base_name = ?, base_description = ?,
                       base_icon_url = ?, updated_date = ?, revision = ?
                WHERE id = 1""")
                .params(settings.status().name(), settings.rollingWindow().durationInMonths(),
                        settings.baseTierDefinition().name(), settings.baseTierDefinition().description(),
                        settings.baseTierDefinition().icon(), Sql.ts(settings.updatedDate()), settings.revision())
                .update();
    }

    private static Tier map(ResultSet rs, int row) throws SQLException {
        return new Tier(rs.getString("id"),
                new Tier.Definition(rs.getString("name"), rs.getString("description"), rs.getString("icon_url")),
                rs.getLong("required_points"), Sql.instant(rs, "created_date"), Sql.instant(rs, "updated_date"),
                rs.getLong("revision"));
    }

    private static TierSettings mapSettings(ResultSet rs, int row) throws SQLException {
        return new TierSettings(TierStatus.valueOf(rs.getString("status")),
                new TierSettings.RollingWindow(rs.getInt("rolling_window_months")),
                new Tier.Definition(rs.getString("base_name"), rs.getString("base_description"),
                        rs.getString("base_icon_url")),
                Sql.instant(rs, "created_date"), Sql.instant(rs, "updated_date"), rs.getLong("revision"));
    }
}
