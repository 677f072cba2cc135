package com.loyaltybatch.statement;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import com.loyaltybatch.messaging.MailMessage;
import com.loyaltybatch.messaging.MailSendException;
import com.loyaltybatch.messaging.MailTransport;

/**
 * Enriches a chunk of accounts with two queries, renders each statement and delivers it. Each
 * delivery is recorded SENDING before and SENT or FAILED after, in commits of their own, so the
 * only message a crash can leave in doubt is the one on the wire. Accounts already SENT or
 * FAILED for the period are passed over, which makes a restart (or a re-read chunk) safe.
 * In a dry run everything is rendered and nothing is sent or recorded.
 */
class StatementWriter implements ItemStreamWriter<StatementAccount> {

    private static final Logger log = LoggerFactory.getLogger(StatementWriter.class);

    static final String RENDERED = "statement.rendered";
    static final String FAILED_THIS_RUN = "statement.failedThisExecution";

    private final StatementActivity activity;
    private final DeliveryRepository deliveries;
    private final StatementMessages messages;
    private final MailTransport transport;
    private final StatementPeriod period;
    private final int recentTransactions;
    private final int maxFailedDeliveries;
    private final boolean dryRun;
    private MailTransport.Connection connection;
    private long rendered;
    private long failedThisExecution;

    StatementWriter(StatementActivity activity, DeliveryRepository deliveries, StatementMessages messages,
            MailTransport transport, StatementPeriod period, StatementProperties properties, boolean dryRun) {
        this.activity = activity;
        this.deliveries = deliveries;
        this.messages = messages;
        this.transport = transport;
        this.period = period;
        this.recentTransactions = properties.recentTransactions();
        this.maxFailedDeliveries = properties.maxFailedDeliveries();
        this.dryRun = dryRun;
    }

    @Override
    public void write(Chunk<? extends StatementAccount> chunk) {
        List<String> ids = chunk.getItems().stream().map(StatementAccount::accountId).toList();
        Map<String, DeliveryRepository.Status> done = dryRun ? Map.of() : deliveries.statuses(period.key(), ids);
        var totals = activity.totals(period, ids);
        var latest = activity.latest(period, ids, recentTransactions);
        for (StatementAccount account : chunk.getItems()) {
            var previous = done.get(account.accountId());
            if (previous == DeliveryRepository.Status.SENT || previous == DeliveryRepository.Status.FAILED) {
                continue;
            }
            var locale = StatementMessages.locale(account.locale());
            var model = messages.model(account, totals.getOrDefault(account.accountId(), StatementActivity.Totals.NONE),
                    latest.getOrDefault(account.accountId(), List.of()), locale);
            MailMessage message = messages.message(account, model, locale);
            rendered++;
            if (!dryRun) {
                deliver(account, message, previous);
            }
        }
    }

    private void deliver(StatementAccount account, MailMessage message, DeliveryRepository.Status previous) {
        deliveries.markSending(period.key(), account.accountId(), account.email(), message.messageId(), previous);
        try {
            connection().send(message);
        } catch (MailSendException e) {
            if (e.transient_()) {
                if (!e.maybeDelivered()) {
                    deliveries.release(period.key(), account.accountId());
                }
                throw e;
            }
            deliveries.markFailed(period.key(), account.accountId(), e.reply());
            failedThisExecution++;
            log.warn("Statement for account {} rejected: {}", account.accountId(), e.reply());
            if (failedThisExecution > maxFailedDeliveries) {
                throw new TooManyFailedDeliveriesException(failedThisExecution, maxFailedDeliveries);
            }
            return;
        }
        deliveries.markSent(period.key(), account.accountId());
    }

    private MailTransport.Connection connection() {
        if (connection == null) {
            connection = transport.open(period.key());
        }
        return connection;
    }

    @Override
    public void open(ExecutionContext context) {
        rendered = context.getLong(RENDERED, 0L);
        failedThisExecution = 0;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(RENDERED, rendered);
        context.putLong(FAILED_THIS_RUN, failedThisExecution);
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
