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
 * Enriches a chunk of accounts with two queries (and the active rewards, loaded once per chunk), then renders and delivers the statements over
 * {@code loyalty.mail.connections} lanes in parallel, each lane with its own long-lived
 * connection. Each delivery is recorded SENDING before and SENT or FAILED after, in commits of
 * their own, so a crash leaves at most the message on the wire of each lane in doubt. Accounts
 * already SENT or FAILED for the period are passed over, which makes a restart (or a re-read
 * chunk) safe. In a dry run everything is rendered and nothing is sent or recorded.
 */
class StatementWriter implements ItemStreamWriter<StatementAccount> {

    private static final Logger log = LoggerFactory.getLogger(StatementWriter.class);

    static final String RENDERED = "statement.rendered";
    static final String FAILED_THIS_RUN = "statement.failedThisExecution";

    private final StatementActivity activity;
    private final RewardService rewards;
    private final DeliveryRepository deliveries;
    private final StatementMessages messages;
    private final MailTransport transport;
    private final StatementPeriod period;
    private final int recentTransactions;
    private final int maxFailedDeliveries;
    private final boolean dryRun;
    private final MailTransport.Connection[] lanes;
    private final RateLimiter rateLimiter;
    private ExecutorService senders;
    private final AtomicLong rendered = new AtomicLong();
    private final AtomicLong failedThisExecution = new AtomicLong();

    StatementWriter(StatementActivity activity, RewardService rewards, DeliveryRepository deliveries, StatementMessages messages,
            MailTransport transport, StatementPeriod period, StatementProperties properties, int connections,
            RateLimiter rateLimiter, boolean dryRun) {
        this.activity = activity;
        this.rewards = rewards;
        this.deliveries = deliveries;
        this.messages = messages;
        this.transport = transport;
        this.period = period;
        this.recentTransactions = properties.recentTransactions();
        this.maxFailedDeliveries = properties.maxFailedDeliveries();
        this.lanes = new MailTransport.Connection[connections];
        this.rateLimiter = rateLimiter;
        this.dryRun = dryRun;
    }

    /** What one chunk needs to render: the accounts' period activity and delivery records. */
    private record ChunkData(Map<String, DeliveryRepository.Status> done, Map<String, StatementActivity.Totals> totals,
            Map<String, List<StatementActivity.Entry>> latest, AffordableRewards rewards) {
    }

    @Override
    public void write(Chunk<? extends StatementAccount> chunk) throws Exception {
        if (chunk.isEmpty()) {
            return;
        }
        List<String> ids = chunk.getItems().stream().map(StatementAccount::accountId).toList();
        var data = new ChunkData(dryRun ? Map.of() : deliveries.statuses(period.key(), ids),
                activity.totals(period, ids), activity.latest(period, ids, recentTransactions), rewards.affordable());
        List<List<StatementAccount>> work = new ArrayList<>();
        for (int lane = 0; lane < lanes.length; lane++) {
            work.add(new ArrayList<>());
        }
        int next = 0;
        for (StatementAccount account : chunk.getItems()) {
            var previous = data.done().get(account.accountId());
            if (previous != DeliveryRepository.Status.SENT && previous != DeliveryRepository.Status.FAILED) {
                work.get(next++ % lanes.length).add(account);
            }
        }
        if (lanes.length == 1) {
            process(0, work.get(0), data);
            return;
        }
        List<Future<?>> running = new ArrayList<>();
        for (int lane = 0; lane < lanes.length; lane++) {
            int index = lane;
            running.add(senders.submit(() -> {
                process(index, work.get(index), data);
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

    private void process(int lane, List<StatementAccount> accounts, ChunkData data) {
        for (StatementAccount account : accounts) {
            var locale = StatementMessages.locale(account.locale());
            var model = messages.model(account,
                    data.totals().getOrDefault(account.accountId(), StatementActivity.Totals.NONE),
                    data.latest().getOrDefault(account.accountId(), List.of()), data.rewards(), locale);
            MailMessage message = messages.message(account, model, locale);
            rendered.incrementAndGet();
            if (!dryRun) {
                deliver(lane, account, message, data.done().get(account.accountId()));
            }
        }
    }

    private void deliver(int lane, StatementAccount account, MailMessage message, DeliveryRepository.Status previous) {
        deliveries.markSending(period.key(), account.accountId(), account.email(), message.messageId(), previous);
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
            return;
        }
        deliveries.markSent(period.key(), account.accountId());
    }

    private MailTransport.Connection connection(int lane) {
        if (lanes[lane] == null) {
            lanes[lane] = transport.open(period.key());
        }
        return lanes[lane];
    }

    @Override
    public void open(ExecutionContext context) {
        rendered.set(context.getLong(RENDERED, 0L));
        failedThisExecution.set(0);
        if (lanes.length > 1) {
            AtomicInteger number = new AtomicInteger();
            senders = Executors.newFixedThreadPool(lanes.length, task -> {
                Thread thread = new Thread(task, "mail-lane-" + number.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(RENDERED, rendered.get());
        context.putLong(FAILED_THIS_RUN, failedThisExecution.get());
    }

    @Override
    public void close() {
        if (senders != null) {
            senders.shutdown();
            senders = null;
        }
        for (int lane = 0; lane < lanes.length; lane++) {
            if (lanes[lane] != null) {
                lanes[lane].close();
                lanes[lane] = null;
            }
        }
    }
}
