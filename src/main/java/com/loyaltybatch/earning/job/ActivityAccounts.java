package com.loyaltybatch.earning.job;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import com.loyaltybatch.contact.ContactRules;

/**
 * The accounts of a chunk's activities, found in one query by contact id and email, as the
 * statement reads accounts: a read model over the contact and account tables.
 */
class ActivityAccounts {

    /** An account and its tier (null: the base tier). */
    record Found(String accountId, String tierId) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    ActivityAccounts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Looks up every activity's account; {@link Lookup#of} answers per activity. */
    Lookup find(List<Activity> activities) {
        Set<String> ids = activities.stream().map(Activity::contactId).filter(Objects::nonNull).collect(Collectors.toSet());
        Set<String> keys = activities.stream().filter(a -> a.contactId() == null).map(Activity::email)
                .map(ContactRules::emailKey).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, Found> byContact = new HashMap<>();
        Map<String, Found> byEmail = new HashMap<>();
        if (!ids.isEmpty() || !keys.isEmpty()) {
            StringBuilder where = new StringBuilder();
            var params = new MapSqlParameterSource();
            if (!ids.isEmpty()) {
                where.append("c.id IN (:ids)");
                params.addValue("ids", ids);
            }
            if (!keys.isEmpty()) {
                where.append(where.isEmpty() ? "" : " OR ").append("c.email_key IN (:keys)");
                params.addValue("keys", keys);
            }
            jdbc.query("SELECT c.id, c.email_key, a.id, a.tier_id FROM contact c JOIN loyalty_account a"
                    + " ON a.contact_id = c.id WHERE " + where, params, (java.sql.ResultSet rs) -> {
                        Found found = new Found(rs.getString(3), rs.getString(4));
                        byContact.put(rs.getString(1), found);
                        if (rs.getString(2) != null) {
                            byEmail.put(rs.getString(2), found);
                        }
                    });
        }
        return new Lookup(byContact, byEmail);
    }

    record Lookup(Map<String, Found> byContact, Map<String, Found> byEmail) {

        /** The activity's account, by contact id when it has one, else by email; null when none. */
        Found of(Activity activity) {
            if (activity.contactId() != null) {
                return byContact.get(activity.contactId());
            }
            String key = ContactRules.emailKey(activity.email());
            return key == null ? null : byEmail.get(key);
        }
    }
}
