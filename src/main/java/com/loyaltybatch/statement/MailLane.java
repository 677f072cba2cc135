package com.loyaltybatch.statement;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.loyaltybatch.messaging.MailMessage;
import com.loyaltybatch.messaging.MailSendException;
import com.loyaltybatch.messaging.MailTransport;
import com.loyaltybatch.messaging.RateLimiter;

/**
 * One connection of the statement, and the delivery protocol on it. For each account the lane
 * takes: record SENDING (in the same commit, the SENT of the message that went out before it on
 * this connection), send, and keep the account as "sent, not yet recorded" until the next
 * message's commit carries its mark; the lane's last one is recorded SENT on its own when the lane
 * runs out of work or fails. So at any moment at most one message of this connection is out but
 * not on record as SENT, and a crash leaves at most that one in doubt: a restart finds it
 * SENDING, sends it again and counts it uncertain. While a message is on the wire, the next one
 * is rendered on another thread.
 * <p>
 * A transient failure that surely did not reach the server forgets its SENDING record and ends
 * the lane (the run stops and is restarted later); a permanent rejection is recorded FAILED and
 * the lane goes on, until the run has seen more rejections than it tolerates.
 */
final class MailLane implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailLane.class);

    private final DeliveryRepository deliveries;
    private final String period;
    private final MailTransport transport;
    private final RateLimiter rateLimiter;
    private final AtomicLong rejections;
    private final int maxRejections;
    private final StatementMetrics.Outcomes outcomes;
    private MailTransport.Connection connection;

    /**
     * {@code rejections} is shared by the run's lanes: more than {@code maxRejections} stops it.
     * {@code outcomes} counts what the lane sends, has rejected and sends again in doubt.
     */
    MailLane(DeliveryRepository deliveries, String period, MailTransport transport, RateLimiter rateLimiter,
            AtomicLong rejections, int maxRejections, StatementMetrics.Outcomes outcomes) {
        this.deliveries = deliveries;
        this.period = period;
        this.transport = transport;
        this.rateLimiter = rateLimiter;
        this.rejections = rejections;
        this.maxRejections = maxRejections;
        this.outcomes = outcomes;
    }

    /**
     * Delivers accounts from {@code next} (null: no more) until there are none, each rendered
     * ahead by {@code render}.
     */
    void deliver(Supplier<StatementAccount> next, Function<StatementAccount, Future<MailMessage>> render) {
        // the account whose message went out last on this lane, not yet recorded SENT
        String sentUnrecorded = null;
        Future<MailMessage> ahead = null;
        try {
            StatementAccount account = next.get();
            ahead = account == null ? null : render.apply(account);
            while (account != null) {
                MailMessage message = await(ahead);
                StatementAccount following = next.get();
                ahead = following == null ? null : render.apply(following);
                // if this throws, the previous mark may not be committed: the finally block
                // records it again (marking SENT twice is harmless)
                sentUnrecorded = send(account, message, sentUnrecorded);
                account = following;
            }
        } finally {
            if (ahead != null) {
                ahead.cancel(false);
            }
            if (sentUnrecorded != null) {
                deliveries.markSent(period, sentUnrecorded);
            }
        }
    }

    /**
     * Records SENDING (with the SENT of the lane's previous message), sends, and returns the
     * account id when the message went out; its SENT mark is then up to the caller. Returns null
     * when nothing went out: the account was already done, or the server rejected it.
     */
    private String send(StatementAccount account, MailMessage message, String sentBefore) {
        var attempt = deliveries.begin(period, account.accountId(), account.email(), message.messageId(), sentBefore);
        if (!attempt.send()) {
            return null;
        }
        if (attempt == DeliveryRepository.Attempt.AGAIN) {
            outcomes.uncertain().increment();
        }
        try {
            rateLimiter.acquire();
            connection().send(message);
        } catch (MailSendException e) {
            if (e.transient_()) {
                if (!e.maybeDelivered()) {
                    deliveries.release(period, account.accountId());
                }
                throw e;
            }
            deliveries.markFailed(period, account.accountId(), e.reply());
            outcomes.failed().increment();
            long rejected = rejections.incrementAndGet();
            log.warn("Statement for account {} rejected: {}", account.accountId(), e.reply());
            if (rejected > maxRejections) {
                throw new TooManyFailedDeliveriesException(rejected, maxRejections);
            }
            return null;
        }
        outcomes.sent().increment();
        return account.accountId();
    }

    private static MailMessage await(Future<MailMessage> message) {
        try {
            return message.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering a statement", e);
        }
    }

    private MailTransport.Connection connection() {
        if (connection == null) {
            connection = transport.open(period);
        }
        return connection;
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }
}
