package com.loyaltybatch.statement;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.common.Sql;

/** Brings the delivery records up to date with the journal of an earlier, killed run. */
class JournalReplay {

    private final JdbcClient jdbc;
    private final Clock clock;

    JournalReplay(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Applies one journal entry, in the order written, to records that may already hold it or
     * lag behind it: each step only moves a record forward, so replaying twice changes nothing.
     */
    void apply(String period, DeliveryJournal.Entry entry) {
        String account = entry.accountId();
        switch (entry.type()) {
            case FIRST, AGAIN -> {
                boolean again = entry.type() == DeliveryJournal.Type.AGAIN;
                jdbc.sql("""
                        INSERT INTO statement_delivery (period, account_id, status, email, message_id, attempts, uncertain,
                               updated_date)
                        SELECT ?, ?, 'SENDING', ?, ?, ?, ?, ? FROM (VALUES (1)) one
                        WHERE NOT EXISTS (SELECT 1 FROM statement_delivery WHERE period = ? AND account_id = ?)""")
                        .params(period, account, entry.email(), entry.messageId(), again ? 2 : 1, again,
                                Sql.ts(clock.instant()), period, account).update();
                if (again) {
                    jdbc.sql("""
                            UPDATE statement_delivery SET uncertain = TRUE
                            WHERE period = ? AND account_id = ? AND status = 'SENDING'""").params(period, account).update();
                }
            }
            case SENT, FAILED -> jdbc.sql("""
                    UPDATE statement_delivery SET status = ?, reply = ?, updated_date = ?
                    WHERE period = ? AND account_id = ? AND status = 'SENDING'""")
                    .params(entry.type().name(), entry.reply(), Sql.ts(clock.instant()), period, account).update();
            case RELEASED -> jdbc.sql("""
                    DELETE FROM statement_delivery
                    WHERE period = ? AND account_id = ? AND status = 'SENDING' AND NOT uncertain""")
                    .params(period, account).update();
        }
    }
}
