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

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import com.loyaltybatch.messaging.MailMessage;
import com.loyaltybatch.messaging.MailTransport;
import com.loyaltybatch.messaging.RateLimiter;
import com.loyaltybatch.reward.AffordableRewards;
import com.loyaltybatch.reward.RewardService;

/**
 * Renders and delivers the statements of a chunk of accounts (read with their activity; the
 * active rewards are loaded once per chunk) over {@code loyalty.mail.connections} lanes in
 * parallel, each a {@link MailLane} with its own long-lived connection and the delivery protocol
 * that leaves at most its message on the wire in doubt after a crash. Lanes take the chunk's next
 * account as they get free. Accounts already SENT or FAILED for the period are not even
 * rendered; whether a message goes out is decided from its record when it is marked SENDING,
 * which makes a restart (or a re-read chunk) safe whatever an earlier run left. The run claims
 * its period when it opens and has the database stored at each chunk boundary (see {@link
 * DeliveryJournals}). In a dry run everything is rendered and nothing is sent or recorded.
 */
class StatementWriter implements ItemStreamWriter<StatementAccount> {

    static final String RENDERED = "statement.rendered";
    static final String FAILED_THIS_RUN = "statement.failedThisExecution";

    private final RewardService rewards;
    private final DeliveryRepository deliveries;
    private final StatementMessages messages;
    private final StatementPeriod period;
    private final boolean dryRun;
    private final long executionId;
    private final MailLane[] lanes;
    private ExecutorService senders;
    private ExecutorService renderers;
    private boolean writing;
    private boolean closeRequested;
    private final AtomicLong rendered = new AtomicLong();
    private final AtomicLong failedThisExecution = new AtomicLong();

    StatementWriter(RewardService rewards, DeliveryRepository deliveries, StatementMessages messages,
            MailTransport transport, StatementPeriod period, StatementProperties properties, int connections,
            RateLimiter rateLimiter, boolean dryRun, long executionId, StatementMetrics.Outcomes outcomes) {
        this.rewards = rewards;
        this.deliveries = deliveries;
        this.messages = messages;
        this.period = period;
        this.dryRun = dryRun;
        this.executionId = executionId;
        this.lanes = new MailLane[connections];
        for (int lane = 0; lane < connections; lane++) {
            lanes[lane] = new MailLane(deliveries, period.key(), transport, rateLimiter, failedThisExecution,
                    properties.maxFailedDeliveries(), outcomes);
        }
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
        // the lane's next message is rendered on another core while this one is on the wire
        lanes[lane].deliver(work::next, account -> renderers.submit(() -> render(account, work.rewards)));
    }

    private MailMessage render(StatementAccount account, AffordableRewards affordable) {
        MailMessage message = messages.render(account, affordable);
        rendered.incrementAndGet();
        return message;
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
        for (MailLane lane : lanes) {
            lane.close();
        }
        if (!dryRun) {
            deliveries.closeRun(period.key());
        }
    }
}
