package com.loyaltybatch.account.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.batch.RejectsFile;
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
    private final PointsLedger ledger;
    private final ProgramService program;
    private final RejectsFile<PointsRow, PointsCredit> rejects;
    private final String checksum;
    private long credited;
    private long alreadyCredited;
    private long points;

    PointsImportWriter(AccountService accounts, PointsLedger ledger, ProgramService program,
            RejectsFile<PointsRow, PointsCredit> rejects, String checksum) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.program = program;
        this.rejects = rejects;
        this.checksum = checksum;
    }

    @Override
    public void write(Chunk<? extends PointsCredit> chunk) {
        Map<String, String> accountIds = accounts.accountIdsByEmailKey(chunk.getItems().stream()
                .map(PointsCredit::emailKey).collect(Collectors.toSet()));
        Map<PointsCredit, String> toCredit = new LinkedHashMap<>();
        for (PointsCredit credit : chunk) {
            if (!accountIds.containsKey(credit.emailKey())) {
                rejects.reject(credit.row(), "no contact with the email " + credit.row().email().strip());
            } else if (accountIds.get(credit.emailKey()) == null) {
                rejects.reject(credit.row(), "the contact with the email " + credit.row().email().strip()
                        + " has no account");
            } else {
                toCredit.put(credit, accountIds.get(credit.emailKey()));
            }
        }
        Map<String, Set<String>> used = ledger.usedIdempotencyKeys(Set.copyOf(toCredit.values()),
                toCredit.keySet().stream().map(this::key).toList());
        toCredit.forEach((credit, accountId) -> {
            String key = key(credit);
            if (used.getOrDefault(accountId, Set.of()).contains(key)) {
                alreadyCredited++;
                return;
            }
            ledger.earn(accountId, new EarnRequest(credit.points(), DESCRIPTION, key, APP_ID, null, null));
            credited++;
            points += credit.points();
        });
    }

    /** One key per line of one file's content: the same file imported again credits nothing twice. */
    private String key(PointsCredit credit) {
        return "import:" + checksum + ":" + credit.row().line();
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
