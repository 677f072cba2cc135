package com.loyaltybatch.contact;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.loyaltybatch.common.Sql;

@Repository
class ContactRepository {

    private static final String COLUMNS = """
            id, email, first_name, last_name, locale, member_id, subscribed, unsubscribed_date,
            unsubscribe_source, created_date, updated_date""";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    ContactRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    Optional<Contact> findById(String id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact WHERE id = ?").param(id)
                .query(ContactRepository::map).optional();
    }

    Optional<Contact> findByEmail(String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact WHERE email_key = ?").param(ContactRules.emailKey(email))
                .query(ContactRepository::map).optional();
    }

    List<Contact> findByIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact WHERE id IN (:ids)").param("ids", ids)
                .query(ContactRepository::map).list();
    }

    List<Contact> findByEmailKeys(Collection<String> emailKeys) {
        if (emailKeys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact WHERE email_key IN (:keys)").param("keys", emailKeys)
                .query(ContactRepository::map).list();
    }

    List<Contact> findByMemberIds(Collection<String> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM contact WHERE member_id IN (:ids)").param("ids", memberIds)
                .query(ContactRepository::map).list();
    }

    /** A page of contacts in id order, after the given id (keyset paging). */
    List<Contact> page(String afterId, String search, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM contact WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit);
        if (afterId != null) {
            sql.append(" AND id > :after");
            params.addValue("after", afterId);
        }
        if (search != null) {
            sql.append(" AND (email_key LIKE :search OR LOWER(first_name) LIKE :search OR LOWER(last_name) LIKE :search)");
            params.addValue("search", "%" + search.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        sql.append(" ORDER BY id FETCH FIRST :limit ROWS ONLY");
        return named.query(sql.toString(), params, ContactRepository::map);
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM contact").query(Long.class).single();
    }

    void insertAll(List<Contact> contacts) {
        named.batchUpdate("""
                INSERT INTO contact (id, email, email_key, first_name, last_name, locale, member_id, subscribed,
                                     unsubscribed_date, unsubscribe_source, created_date, updated_date)
                VALUES (:id, :email, :emailKey, :first, :last, :locale, :memberId, :subscribed,
                        :unsubscribedDate, :unsubscribeSource, :createdDate, :updatedDate)
                """, params(contacts));
    }

    void updateAll(List<Contact> contacts) {
        named.batchUpdate("""
                UPDATE contact SET email = :email, email_key = :emailKey, first_name = :first, last_name = :last,
                       locale = :locale, member_id = :memberId, subscribed = :subscribed,
                       unsubscribed_date = :unsubscribedDate, unsubscribe_source = :unsubscribeSource,
                       updated_date = :updatedDate
                WHERE id = :id
                """, params(contacts));
    }

    private static SqlParameterSource[] params(List<Contact> contacts) {
        return contacts.stream().map(c -> new MapSqlParameterSource()
                .addValue("id", c.id())
                .addValue("email", c.email())
                .addValue("emailKey", ContactRules.emailKey(c.email()))
                .addValue("first", c.name().first())
                .addValue("last", c.name().last())
                .addValue("locale", c.locale())
                .addValue("memberId", c.memberId())
                .addValue("subscribed", c.subscribed())
                .addValue("unsubscribedDate", Sql.ts(c.unsubscribedDate()))
                .addValue("unsubscribeSource", c.unsubscribeSource())
                .addValue("createdDate", Sql.ts(c.createdDate()))
                .addValue("updatedDate", Sql.ts(c.updatedDate())))
                .toArray(SqlParameterSource[]::new);
    }

    static Contact map(ResultSet rs, int row) throws SQLException {
        return new Contact(
                rs.getString("id"),
                rs.getString("email"),
                new Contact.Name(rs.getString("first_name"), rs.getString("last_name")),
                rs.getString("locale"),
                rs.getString("member_id"),
                rs.getBoolean("subscribed"),
                Sql.instant(rs, "unsubscribed_date"),
                rs.getString("unsubscribe_source"),
                Sql.instant(rs, "created_date"),
                Sql.instant(rs, "updated_date"));
    }
}
