package com.loyaltybatch.account.job;

import java.time.LocalDate;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.program.Program;
import com.loyaltybatch.program.ProgramService;

/**
 * Expires the points of each candidate account that is due on the run day; each account is
 * locked and checked again, so a candidate that was active meanwhile is left alone. Refuses to
 * start (and to continue after a restart) while expiration is DISABLED. Counts the accounts and
 * points expired, saved with each commit.
 */
class ExpirePointsWriter implements ItemStreamWriter<String> {

    static final String ACCOUNTS = "expiredAccounts";
    static final String POINTS = "expiredPoints";
    static final String SUMMARY = "summary";

    private final PointsLedger ledger;
    private final ProgramService program;
    private final LocalDate day;
    private long expiredAccounts;
    private long expiredPoints;

    ExpirePointsWriter(PointsLedger ledger, ProgramService program, LocalDate day) {
        this.ledger = ledger;
        this.program = program;
        this.day = day;
    }

    @Override
    public void write(Chunk<? extends String> accountIds) {
        for (String accountId : accountIds) {
            ledger.expire(accountId, day).ifPresent(expired -> {
                expiredAccounts++;
                expiredPoints -= expired.transaction().amount();
            });
        }
    }

    @Override
    public void open(ExecutionContext context) {
        if (program.get().pointsExpiration().status() != Program.ExpirationStatus.ENABLED) {
            throw new ConflictException("points expiration is DISABLED: enable it with "
                    + "'program expiration enable --months-of-inactivity N --percentage P'");
        }
        expiredAccounts = context.getLong(ACCOUNTS, 0L);
        expiredPoints = context.getLong(POINTS, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(ACCOUNTS, expiredAccounts);
        context.putLong(POINTS, expiredPoints);
        context.putString(SUMMARY, "date " + day + ": " + expiredPoints + " points expired from " + expiredAccounts
                + " inactive account(s)");
    }
}
