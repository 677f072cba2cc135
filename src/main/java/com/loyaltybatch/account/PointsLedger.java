package com.loyaltybatch.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InsufficientBalanceException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.program.Program;
import com.loyaltybatch.program.ProgramService;

import tools.jackson.databind.json.JsonMapper;

/**
 * Moves points: the single writer of balances and ledger rows. Each operation locks the account
 * row, writes one ledger transaction and the new totals in the same database transaction, so
 * concurrent operations from any number of threads or processes serialize per account and never
 * lose an update; the ledger's sum is the balance at all times.
 */
@Service
public class PointsLedger {

    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final ProgramService program;
    private final Clock clock;
    private final RewardAvailability rewardAvailability;
    private final ExpirationCalculator expirations;
    private final LedgerQuery ledgerQuery;

    PointsLedger(AccountRepository accounts, TransactionRepository transactions, ProgramService program, Clock clock,
            RewardAvailability rewardAvailability, ExpirationCalculator expirations, NamedParameterJdbcTemplate jdbc,
            JsonMapper json) {
        this.ledgerQuery = new LedgerQuery(jdbc, json);
        this.accounts = accounts;
        this.transactions = transactions;
        this.program = program;
        this.clock = clock;
        this.rewardAvailability = rewardAvailability;
        this.expirations = expirations;
    }

    /**
     * Credits points. A request whose idempotency key the account already used returns the
     * original transaction and credits nothing.
     */
    @Transactional
    public PointsOperation earn(String accountId, EarnRequest request) {
        Program active = program.requireActive();
        var locked = lock(accountId);
        var original = transactions.findByIdempotencyKey(accountId, request.idempotencyKey());
        if (original.isPresent()) {
            return new PointsOperation(original.get(), locked);
        }
        Instant now = clock.instant();
        return record(active, locked, locked.points().earn(request.amount()),
                PointsTransaction.earn(accountId, now, request), now);
    }

    /**
     * Corrects a balance by a delta or to a value. The request must carry the account's current
     * revision, so two systems syncing balances never overwrite each other unseen.
     */
    @Transactional
    public PointsOperation adjust(String accountId, AdjustRequest request) {
        Program active = program.requireActive();
        var locked = lock(accountId);
        if (locked.revision() != request.revision()) {
            throw ConflictException.staleRevision("account " + accountId, request.revision(), locked.revision());
        }
        long before = locked.points().balance();
        long delta = request.deltaFrom(before);
        if (before + delta < 0) {
            throw new InsufficientBalanceException(before, -delta);
        }
        Instant now = clock.instant();
        return record(active, locked, locked.points().adjust(delta),
                PointsTransaction.adjust(accountId, now, delta, before, request.description()), now);
    }

    /**
     * Takes points for a reward (type REDEEM). Refused while the program is not ACTIVE and when
     * the balance does not cover the amount. Callers write what the points bought in the same
     * transaction: the account row stays locked until it commits, so concurrent redemptions of
     * one account serialize and never spend the same points twice.
     */
    @Transactional
    public PointsOperation redeem(String accountId, RedeemRequest request) {
        Program active = program.requireActive();
        var locked = lock(accountId);
        long balance = locked.points().balance();
        if (balance < request.amount()) {
            throw new InsufficientBalanceException(balance, request.amount());
        }
        Instant now = clock.instant();
        return record(active, locked, locked.points().redeem(request.amount()),
                PointsTransaction.redeem(accountId, now, request), now);
    }

    /**
     * Gives back the points of a redemption (type REFUND, {@code refundedTransactionId} naming
     * it); {@code redeemed} goes down by them (see {@link Account.Points#refund}). A redemption is
     * refunded at most once, also under concurrent requests: the refund carries the idempotency
     * key {@code refund:<redeem transaction id>}. Refunds are allowed whatever the program status:
     * returning points is a correction, not a customer earning or spending.
     */
    @Transactional
    public PointsOperation refund(String redeemTransactionId, String description) {
        String text = AccountRules.description(description);
        var original = transaction(redeemTransactionId);
        if (original.transactionType() != TransactionType.REDEEM) {
            throw new ConflictException("transaction " + redeemTransactionId + " is " + original.transactionType()
                    + "; only a REDEEM can be refunded");
        }
        var locked = lock(original.accountId());
        String key = "refund:" + original.id();
        if (transactions.findByIdempotencyKey(original.accountId(), key).isPresent()) {
            throw new ConflictException("redemption " + original.id() + " was already refunded");
        }
        Instant now = clock.instant();
        return record(program.get(), locked, locked.points().refund(-original.amount()),
                PointsTransaction.refund(original, now, text, key), now);
    }

    /**
     * Expires points of an account inactive for the program's {@code monthsOfInactivity} months as
     * of {@code runDay}: {@code floor(balance × percentage / 100)} in one EXPIRE transaction. Its
     * idempotency key names the due date ({@code expire:<expirationDate>}), so runs for two days
     * that find the same due date expire once. The EXPIRE is itself activity: it starts the next
     * inactivity period, so the next expiration is {@code monthsOfInactivity} months later.
     * Runs whatever the program's status; refused while expiration is DISABLED.
     *
     * @return the EXPIRE operation, or empty when the account is not due, has nothing to expire
     *         (0 after rounding) or was already expired for this due date
     */
    @Transactional
    public Optional<PointsOperation> expire(String accountId, LocalDate runDay) {
        Program current = program.get();
        var policy = current.pointsExpiration();
        if (policy.status() != Program.ExpirationStatus.ENABLED) {
            throw new ConflictException("points expiration is DISABLED: enable it with "
                    + "'program expiration enable --months-of-inactivity N --percentage P'");
        }
        var locked = lock(accountId);
        var due = expirations.next(policy, locked.points().balance(), locked.lastActivityDate(), locked.createdDate());
        if (!expirations.due(due.expirationDate(), runDay) || due.expiringPointsAmount() == 0) {
            return Optional.empty();
        }
        String key = "expire:" + due.expirationDate();
        if (transactions.findByIdempotencyKey(accountId, key).isPresent()) {
            return Optional.empty();
        }
        long amount = due.expiringPointsAmount();
        Instant now = clock.instant();
        String description = policy.expiringPointsPercentage() + "% expired after " + policy.monthsOfInactivity()
                + " months without activity";
        return Optional.of(record(current, locked, locked.points().expire(amount),
                PointsTransaction.expire(accountId, now, amount, locked.points().balance(), description, key), now));
    }

    @Transactional(readOnly = true)
    public PointsTransaction transaction(String id) {
        return transactions.findById(id).orElseThrow(() -> new NotFoundException("transaction", id));
    }

    @Transactional(readOnly = true)
    public List<PointsTransaction> transactions(TransactionQuery query) {
        account(query.accountId());
        return transactions.find(query);
    }

    /**
     * Transactions matching a filter, newest first (or oldest first), one page at a time; see
     * {@link LedgerQuery} for the filter and how cursors page.
     */
    @Transactional(readOnly = true)
    public TransactionPage query(String filter, boolean oldestFirst, int limit, String cursor) {
        return ledgerQuery.page(filter, oldestFirst, limit, cursor);
    }

    /** Sum of the account's ledger; equal to its balance at all times. */
    @Transactional(readOnly = true)
    public long ledgerSum(String accountId) {
        return transactions.sumAmounts(accountId);
    }

    /** Whether the account already used an idempotency key (a retried earn would credit nothing). */
    @Transactional(readOnly = true)
    public boolean usedIdempotencyKey(String accountId, String idempotencyKey) {
        return transactions.findByIdempotencyKey(accountId, idempotencyKey).isPresent();
    }

    /** Which of these idempotency keys each account already used: account id to keys. */
    @Transactional(readOnly = true)
    public Map<String, Set<String>> usedIdempotencyKeys(Collection<String> accountIds, Collection<String> keys) {
        return transactions.usedKeys(accountIds, keys);
    }

    /** Accounts last active before this instant may be due for expiration on {@code runDay}. */
    public Instant mayBeDueIfActiveBefore(LocalDate runDay, int monthsOfInactivity) {
        return expirations.mayBeDueIfActiveBefore(runDay, monthsOfInactivity);
    }

    private Account account(String id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private Account lock(String accountId) {
        return accounts.lock(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    /**
     * Writes the transaction and the account as the operation leaves it, in one UPDATE: the new
     * totals, {@code pointsExpiration} (the operation is the last activity, so the next expiration
     * is {@code monthsOfInactivity} months from now, a derived field that changes with the
     * operation's revision, never on its own), {@code rewardAvailable}, and the next revision.
     * The answer is built from what was written; nothing is read back.
     */
    private PointsOperation record(Program current, Account locked, Account.Points next, PointsTransaction transaction,
            Instant now) {
        transactions.insert(transaction);
        var after = new Account(locked.id(), locked.contactId(), locked.memberId(), next, locked.tier(),
                expirations.next(current.pointsExpiration(), next.balance(), now, now),
                rewardAvailability.coveredBy(next.balance(), locked.tier().id()), locked.createdDate(), now, now,
                locked.revision() + 1);
        accounts.updateAfterOperation(after);
        return new PointsOperation(transaction, after);
    }
}
