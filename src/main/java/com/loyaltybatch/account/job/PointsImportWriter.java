package com.loyaltybatch.account.job;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.program.ProgramService;

/**
 * Credits a chunk of rows: one query finds the accounts of all the chunk's emails, then each row
 * is one EARN ({@code Points import}) with the idempotency key {@code import:<sha-256 of the
 * file>:<line>}. A key the account already used (the same file imported before, under any name)
 * credits nothing and is counted as already credited. Rows whose email matches no contact, or a
 * contact without an account, go to the errors file. Needs an ACTIVE program: checked when the
 * step starts, and by every earn.
 */
class PointsImportWriter implements ItemStreamWriter<PointsCredit> {

    static final String CREDITED = "credited";
    static final String ALREADY_CREDITED = "alreadyCredited";
    static final String POINTS = "points";
    static final String SUMMARY = "summary";
    static final String DESCRIPTION = "Points import";
    static final String APP_ID = "import-points";

    private final AccountService accounts;
    private final ProgramService program;
    private final PointsRejects rejects;
    private final String checksum;
    private long credited;
    private long alreadyCredited;
    private long points;

    PointsImportWriter(AccountService accounts, ProgramService program, PointsRejects rejects, String checksum) {
        this.accounts = accounts;
        this.program = program;
        this.rejects = rejects;
        this.checksum = checksum;
    }

    @Override
    public void write(Chunk<? extends PointsCredit> chunk) {
        Map<String, String> accountIds = accounts.accountIdsByEmailKey(chunk.getItems().stream()
                .map(PointsCredit::emailKey).collect(Collectors.toSet()));
        for (PointsCredit credit : chunk) {
            if (!accountIds.containsKey(credit.emailKey())) {
                rejects.reject(credit.row(), "no contact with the email " + credit.row().email().strip());
                continue;
            }
            String accountId = accountIds.get(credit.emailKey());
            if (accountId == null) {
                rejects.reject(credit.row(), "the contact with the email " + credit.row().email().strip()
                        + " has no account");
                continue;
            }
            String key = "import:" + checksum + ":" + credit.row().line();
            if (accounts.usedIdempotencyKey(accountId, key)) {
                alreadyCredited++;
                continue;
            }
            accounts.earn(accountId, new EarnRequest(credit.points(), DESCRIPTION, key, APP_ID, null, null));
            credited++;
            points += credit.points();
        }
    }

    @Override
    public void open(ExecutionContext context) {
        program.requireActive();
        credited = context.getLong(CREDITED, 0L);
        alreadyCredited = context.getLong(ALREADY_CREDITED, 0L);
        points = context.getLong(POINTS, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(CREDITED, credited);
        context.putLong(ALREADY_CREDITED, alreadyCredited);
        context.putLong(POINTS, points);
        context.putString(SUMMARY, credited + " row(s) credited (" + points + " points), " + alreadyCredited
                + " already credited, " + rejects.rejected() + " rejected");
    }
}
