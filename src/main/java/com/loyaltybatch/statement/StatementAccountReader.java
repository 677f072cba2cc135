package com.loyaltybatch.statement;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads accounts with their contacts in account-id order, one keyset page at a time
 * ({@code WHERE a.id > :last}, never OFFSET), so every page costs the same however deep the run
 * is, and loads each page's period activity with it ({@link StatementAccounts}). While the step
 * renders and sends one page, the next one is read on a thread of its own, so the database and
 * the templates work at the same time. Only the last id handed out is saved at each commit: a restart continues after it,
 * whatever had been read ahead.
 */
class StatementAccountReader implements ItemStreamReader<StatementAccount> {

    static final String LAST_ID = "statement.reader.lastId";

    private final StatementAccounts accounts;
    private final StatementPeriod period;
    private final int pageSize;
    private final Deque<StatementAccount> page = new ArrayDeque<>();
    private String lastId;
    private CompletableFuture<List<StatementAccount>> next;
    private boolean exhausted;
    private ExecutorService readAhead;

    StatementAccountReader(StatementAccounts accounts, StatementPeriod period, int pageSize) {
        this.accounts = accounts;
        this.period = period;
        this.pageSize = pageSize;
    }

    @Override
    public void open(ExecutionContext context) {
        lastId = context.containsKey(LAST_ID) ? context.getString(LAST_ID) : "";
        page.clear();
        exhausted = false;
        readAhead = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "statement-read-ahead");
            thread.setDaemon(true);
            return thread;
        });
        next = fetchAfter(lastId);
    }

    @Override
    public StatementAccount read() {
        if (page.isEmpty() && !exhausted) {
            List<StatementAccount> rows = await(next);
            exhausted = rows.size() < pageSize;
            next = exhausted ? null : fetchAfter(rows.get(rows.size() - 1).accountId());
            page.addAll(rows);
        }
        StatementAccount account = page.poll();
        if (account != null) {
            lastId = account.accountId();
        }
        return account;
    }

    private CompletableFuture<List<StatementAccount>> fetchAfter(String after) {
        try {
            return CompletableFuture.supplyAsync(() -> fetch(after), readAhead);
        } catch (RejectedExecutionException closed) {
            // closed early by a stop request while the chunk is still being read: read in place
            return CompletableFuture.completedFuture(fetch(after));
        }
    }

    private List<StatementAccount> fetch(String after) {
        return accounts.after(after, pageSize, period);
    }

    private static List<StatementAccount> await(CompletableFuture<List<StatementAccount>> page) {
        try {
            return page.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putString(LAST_ID, lastId);
    }

    @Override
    public void close() {
        if (readAhead != null) {
            // no interrupt: a database read interrupted mid-way can close H2's file under it;
            // a page in flight finishes on its own and the thread ends
            readAhead.shutdown();
        }
    }
}
