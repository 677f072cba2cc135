package com.loyaltybatch.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import com.loyaltybatch.messaging.MailMessage;
import com.loyaltybatch.messaging.MailSendException;
import com.loyaltybatch.messaging.MailTransport;
import com.loyaltybatch.messaging.RateLimiter;
import com.loyaltybatch.reward.AffordableRewards;
import com.loyaltybatch.reward.RewardService;

/**
 * Renders and delivers the statements of a chunk of accounts (read with their activity; the
 * active rewards are loaded once per chunk) over
 * {@code loyalty.mail.connections} lanes in parallel, each lane with its own long-lived
 * connection. Each delivery is recorded SENDING before it goes out and SENT or FAILED after; a
 * lane's SENT mark is committed together with its next message's SENDING (one commit per message),
 * and always before that next message goes out, so a crash leaves at most the message on the wire
 * of each lane in doubt. While a message is on the wire, the lane's next one is rendered on
 * another thread. Accounts already SENT or FAILED for the period are passed over, and whether a
 * message goes out is decided from its record as it is when it is marked SENDING, which makes a
 * restart (or a re-read chunk) safe whatever an earlier run left. The run claims its period when
 * it opens and stores the database at each chunk boundary (see {@link DeliveryJournals}). In a
 * dry run everything is rendered and nothing is sent or recorded.
 */
class StatementWriter implements ItemStreamWriter<StatementAccount> {

    private static final Logger log = LoggerFactory.getLogger(StatementWriter.class);

    static final String RENDERED = "statement.rendered";
    static final String FAILED_THIS_RUN = "statement.failedThisExecution";

    private final RewardService rewards;
    private final DeliveryRepository deliveries;
    private final StatementMessages messages;
    private final MailTransport transport;
    private final StatementPeriod period;
    private final int maxFailedDeliveries;
    private final boolean dryRun;
    private final long executionId;
    private final MailTransport.Connection[] lanes;
    private final RateLimiter rateLimiter;
    private ExecutorService senders;
    private ExecutorService renderers;
    private boolean writing;
    private boolean closeRequested;
    private final AtomicLong rendered = new AtomicLong();
    private final AtomicLong failedThisExecution = new AtomicLong();

    StatementWriter(RewardService rewards, DeliveryRepository deliveries, StatementMessages messages,
            MailTransport transport, StatementPeriod period, StatementProperties properties, int connections,
            RateLimiter rateLimiter, boolean dryRun, long executionId) {
        this.rewards = rewards;
        this.deliveries = deliveries;
        this.messages = messages;
        this.transport = transport;
        this.period = period;
        this.maxFailedDeliveries = properties.maxFailedDeliveries();
        this.lanes = new MailTransport.Connection[connections];
        this.rateLimiter = rateLimiter;
        this.dryRun = dryRun;
        this.executionId = executionId;
    }

    @Override
    public void write(Chunk<? extends StatementAccount> chunk) throws Exception {
        if (chunk.isEmpty()) {
            return;
        }
        synchronized (this) {
            writing = true;
        }
        try {
            deliver(chunk);
        } finally {
            synchronized (this) {
                writing = false;
                if (closeRequested) {
                    release();
                }
            }
        }
    }

    private void deliver(Chunk<? extends StatementAccount> chunk) throws Exception {
        if (!dryRun) {
            // the previous chunk is committed and nothing is in flight: a safe point to store
            deliveries.checkpoint(period.key());
        }
        // Accounts done in an earlier run (or an earlier read of this chunk) are not even rendered;
        // whether a message goes out is decided, per account, when it is recorded SENDING.
        List<String> ids = chunk.getItems().stream().map(StatementAccount::accountId).toList();
        Map<String, DeliveryRepository.Status> done = dryRun ? Map.of() : deliveries.statuses(period.key(), ids);
        List<StatementAccount> pending = new ArrayList<>(chunk.size());
        for (StatementAccount account : chunk.getItems()) {
            var previous = done.get(account.accountId());
            if (previous != DeliveryRepository.Status.SENT && previous != DeliveryRepository.Status.FAILED) {
                pending.add(account);
            }
        }
        // Lanes take the next account as they get free, so a slow message on one lane does not
        // leave the others idle at the end of the chunk; a lane that fails stops the others.
        var work = new Work(pending, rewards.affordable());
        if (lanes.length == 1) {
            process(0, work);
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (int lane = 0; lane < lanes.length; lane++) {
            int index = lane;
            running.add(senders.submit(() -> {
                try {
                    process(index, work);
                } catch (RuntimeException | Error e) {
                    work.stop();
                    throw e;
                }
                return null;
            }));
        }
        Exception first = null;
        for (Future<?> lane : running) {
            try {
                lane.get();
            } catch (ExecutionException e) {
                if (first == null && e.getCause() instanceof Exception cause) {
                    first = cause;
                } else if (first == null) {
                    throw e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** A chunk's accounts still to deliver, handed out one at a time to whichever lane asks. */
    private static final class Work {
        private final List<StatementAccount> accounts;
        private final AffordableRewards rewards;
        private final AtomicInteger next = new AtomicInteger();
        private volatile boolean stopped;

        Work(List<StatementAccount> accounts, AffordableRewards rewards) {
            this.accounts = accounts;
            this.rewards = rewards;
        }

        StatementAccount next() {
            if (stopped) {
                return null;
            }
            int index = next.getAndIncrement();
            return index < accounts.size() ? accounts.get(index) : null;
        }

        void stop() {
            stopped = true;
        }
    }

    private void process(int lane, Work work) {
        if (dryRun) {
            for (StatementAccount account = work.next(); account != null; account = work.next()) {
                render(account, work.rewards);
            }
            return;
        }
        // The account whose message went out last on this lane, not yet recorded SENT: its mark
        // travels in the same commit as the next message's SENDING, one commit per message.
        String sentUnrecorded = null;
        // The lane's next message is rendered on another core while this one is on the wire.
        Future<MailMessage> ahead = null;
        try {
            StatementAccount account = work.next();
            ahead = account == null ? null : renderAhead(account, work.rewards);
            while (account != null) {
                MailMessage message = await(ahead);
                StatementAccount following = work.next();
                ahead = following == null ? null : renderAhead(following, work.rewards);
                // if this throws, the previous mark may not be committed: the finally block
                // records it again (marking SENT twice is harmless)
                sentUnrecorded = deliver(lane, account, message, sentUnrecorded);
                account = following;
            }
        } finally {
            if (ahead != null) {
                ahead.cancel(false);
            }
            if (sentUnrecorded != null) {
                deliveries.markSent(period.key(), sentUnrecorded);
            }
        }
    }

    private MailMessage render(StatementAccount account, AffordableRewards affordable) {
        var locale = StatementMessages.locale(account.locale());
        var model = messages.model(account, account.activity().totals(), account.activity().latest(), affordable,
                locale);
        MailMessage message = messages.message(account, model, locale);
        rendered.incrementAndGet();
        return message;
    }

    private Future<MailMessage> renderAhead(StatementAccount account, AffordableRewards affordable) {
        return renderers.submit(() -> render(account, affordable));
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

    /**
     * Records SENDING (with the SENT of the lane's previous message), sends, and returns the
     * account id when the message went out; its SENT mark is then up to the caller. Returns null
     * when nothing went out: the account was already done, or the server rejected it.
     */
    private String deliver(int lane, StatementAccount account, MailMessage message, String sentBefore) {
        var attempt = deliveries.begin(period.key(), account.accountId(), account.email(), message.messageId(),
                sentBefore);
        if (!attempt.send()) {
            return null;
        }
        try {
            rateLimiter.acquire();
            connection(lane).send(message);
        } catch (MailSendException e) {
            if (e.transient_()) {
                if (!e.maybeDelivered()) {
                    deliveries.release(period.key(), account.accountId());
                }
                throw e;
            }
            deliveries.markFailed(period.key(), account.accountId(), e.reply());
            long failed = failedThisExecution.incrementAndGet();
            log.warn("Statement for account {} rejected: {}", account.accountId(), e.reply());
            if (failed > maxFailedDeliveries) {
                throw new TooManyFailedDeliveriesException(failed, maxFailedDeliveries);
            }
            return null;
        }
        return account.accountId();
    }

    private MailTransport.Connection connection(int lane) {
        if (lanes[lane] == null) {
            lanes[lane] = transport.open(period.key());
        }
        return lanes[lane];
    }

    @Override
    public synchronized void open(ExecutionContext context) {
        closeRequested = false;
        rendered.set(context.getLong(RENDERED, 0L));
        failedThisExecution.set(0);
        if (lanes.length > 1) {
            senders = daemons("mail-lane-", lanes.length);
        }
        if (!dryRun) {
            deliveries.openRun(period.key(), executionId);
            renderers = daemons("statement-render-", lanes.length);
        }
    }

    private static ExecutorService daemons(String name, int count) {
        AtomicInteger number = new AtomicInteger();
        return Executors.newFixedThreadPool(count, task -> {
            Thread thread = new Thread(task, name + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(RENDERED, rendered.get());
        context.putLong(FAILED_THIS_RUN, failedThisExecution.get());
    }

    /**
     * Ends the lanes' threads and connections. Stopping a run ({@code stop}, SIGTERM under
     * {@code serve}) can close the step's streams from the stopping thread while a chunk is still
     * being written; the connections then stay open until that chunk is done, so no message is
     * cut off on the wire.
     */
    @Override
    public synchronized void close() {
        if (writing) {
            closeRequested = true;
            return;
        }
        release();
    }

    private void release() {
        closeRequested = false;
        if (senders != null) {
            senders.shutdown();
            senders = null;
        }
        if (renderers != null) {
            renderers.shutdown();
            renderers = null;
        }
        for (int lane = 0; lane < lanes.length; lane++) {
            if (lanes[lane] != null) {
                lanes[lane].close();
                lanes[lane] = null;
            }
        }
        if (!dryRun) {
            deliveries.closeRun(period.key());
        }
    }
}
