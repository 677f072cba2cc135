package com.loyaltybatch.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.contact.Contact;
import com.loyaltybatch.contact.ContactDraft;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.program.ProgramChanges;
import com.loyaltybatch.program.ProgramService;

/** Small factory methods for test data, and a reset to an empty installation. */
@TestComponent
public class TestData {

    /** The fixed clock of {@link LoyaltyTest}. */
    public static final Instant NOW = Instant.parse("2026-11-15T10:00:00Z");

    private final JdbcClient jdbc;
    private final ProgramService program;
    private final ContactService contacts;
    private final AccountService accounts;

    TestData(JdbcClient jdbc, ProgramService program, ContactService contacts, AccountService accounts) {
        this.jdbc = jdbc;
        this.program = program;
        this.contacts = contacts;
        this.accounts = accounts;
    }

    /**
     * Empties the installation: no contacts, accounts, ledger, deliveries or job history; a DRAFT
     * program without a name.
     */
    public void reset() {
        for (String table : List.of("loyalty_import", "statement_delivery", "statement_run", "checkout_discount", "coupon", "reward_tier_config", "reward",
                "earning_rule_config", "earning_rule", "points_transaction", "loyalty_account", "contact", "tier",
                "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_CONTEXT",
                "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("""
                UPDATE loyalty_program SET name = NULL, point_name = 'Points', point_icon_url = NULL, status = 'DRAFT',
                       expiration_status = 'DISABLED', months_of_inactivity = NULL, expiring_points_percentage = NULL,
                       revision = 1 WHERE id = 1""").update();
        jdbc.sql("""
                UPDATE tier_settings SET status = 'DISABLED', rolling_window_months = 12, base_name = 'Base',
                       base_description = NULL, base_icon_url = NULL, revision = 1 WHERE id = 1""").update();
    }

    public void activeProgram() {
        program.update(new ProgramChanges("Coffee Club", "Beans", null));
        program.activate();
    }

    public Contact contact(String email) {
        String id = UUID.randomUUID().toString();
        contacts.upsert(List.of(new ContactDraft(id, email, "Ada", "Lovelace", "en", null, true)));
        return contacts.get(id);
    }

    /** An account of a contact with these details; the program must be ACTIVE. */
    public Account member(String firstName, String lastName, String email, String locale, boolean subscribed,
            String memberId) {
        String id = UUID.randomUUID().toString();
        contacts.upsert(List.of(new ContactDraft(id, email, firstName, lastName, locale, memberId, subscribed)));
        return accounts.create(id);
    }

    /** An account of a fresh contact; the program must be ACTIVE. */
    public Account account() {
        return accounts.create(contact(UUID.randomUUID() + "@example.com").id());
    }
}
