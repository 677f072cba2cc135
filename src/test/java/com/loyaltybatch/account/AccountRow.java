package com.loyaltybatch.account;

import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.common.Sql;
import com.loyaltybatch.support.TestData;

/**
 * An account with its contact, written straight into the tables so that a test can set any
 * field the query language reaches (tiers, expirations, dates) without running the operations
 * that normally set them. Points are given as balance, or as the four movements it derives from.
 */
final class AccountRow {

    final String id;
    String email;
    String firstName = "Ada";
    String lastName = "Lovelace";
    String memberId;
    String tierId;
    long earned;
    long adjusted;
    long redeemed;
    long expired;
    Instant createdDate = TestData.NOW;
    Instant updatedDate = TestData.NOW;
    Instant lastActivityDate;
    Instant expirationDate;
    Long expiringPoints;

    private AccountRow(String id) {
        this.id = id;
        this.email = id + "@example.com";
    }

    static AccountRow account(String id) {
        return new AccountRow(id);
    }

    AccountRow balance(long balance) {
        return points(balance, 0, 0, 0);
    }

    AccountRow points(long earned, long adjusted, long redeemed, long expired) {
        this.earned = earned;
        this.adjusted = adjusted;
        this.redeemed = redeemed;
        this.expired = expired;
        return this;
    }

    AccountRow name(String first, String last) {
        this.firstName = first;
        this.lastName = last;
        return this;
    }

    AccountRow email(String email) {
        this.email = email;
        return this;
    }

    AccountRow member(String memberId) {
        this.memberId = memberId;
        return this;
    }

    AccountRow tier(String tierId) {
        this.tierId = tierId;
        return this;
    }

    AccountRow created(String instant) {
        this.createdDate = Instant.parse(instant);
        return this;
    }

    AccountRow lastActivity(String instant) {
        this.lastActivityDate = instant == null ? null : Instant.parse(instant);
        return this;
    }

    AccountRow expiring(String date, Long points) {
        this.expirationDate = date == null ? null : Instant.parse(date);
        this.expiringPoints = points;
        return this;
    }

    void insert(JdbcClient jdbc) {
        jdbc.sql("""
                INSERT INTO contact (id, email, email_key, first_name, last_name, member_id, subscribed,
                                     created_date, updated_date)
                VALUES (?, ?, ?, ?, ?, ?, TRUE, ?, ?)""")
                .params("contact-" + id, email, email == null ? null : email.toLowerCase(java.util.Locale.ROOT),
                        firstName, lastName, memberId, Sql.ts(createdDate), Sql.ts(createdDate))
                .update();
        jdbc.sql("""
                INSERT INTO loyalty_account (id, contact_id, balance, earned, adjusted, redeemed, expired, tier_id,
                       expiration_date, expiring_points_amount, reward_available, created_date, updated_date,
                       last_activity_date, revision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?, 1)""")
                .params(id, "contact-" + id, earned + adjusted - redeemed - expired, earned, adjusted, redeemed,
                        expired, tierId, Sql.ts(expirationDate), expiringPoints, Sql.ts(createdDate),
                        Sql.ts(updatedDate), Sql.ts(lastActivityDate))
                .update();
    }
}
