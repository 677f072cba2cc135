package com.loyaltybatch.account;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.Ids;
import com.loyaltybatch.common.InsufficientBalanceException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.program.ExpirationPolicyChanged;
import com.loyaltybatch.program.Program;
import com.loyaltybatch.program.ProgramService;

/**
 * Opens accounts and moves points. Each points operation locks the account row, writes one
 * ledger transaction and the new totals in the same database transaction, so concurrent
 * operations from any number of threads or processes serialize per account and never lose an
 * update.
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final TransactionRepository transactions;
    private final ProgramService program;
    private final ContactService contacts;
    private final AccountQueries queries;
    private final Clock clock;
    private final RewardAvailability rewardAvailability;
    private final ExpirationCalculator expirations;

    AccountService(AccountRepository accounts, TransactionRepository transactions, AccountQueries queries,
            ProgramService program, ContactService contacts, Clock clock, RewardAvailability rewardAvailability,
            ExpirationCalculator expirations) {
        this.expirations = expirations;
        this.accounts = accounts;
        this.queries = queries;
        this.transactions = transactions;
        this.program = program;
        this.contacts = contacts;
        this.clock = clock;
        this.rewardAvailability = rewardAvailability;
    }

    @Transactional(readOnly = true)
    public Account get(String id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    @Transactional(readOnly = true)
    public Account getByContactId(String contactId) {
        return accounts.findByContactId(contactId).orElseThrow(() -> new NotFoundException("account for contact", contactId));
    }

    @Transactional(readOnly = true)
    public Account getByMemberId(String memberId) {
        return accounts.findByMemberId(memberId).orElseThrow(() -> new NotFoundException("account for member", memberId));
    }

    /**
     * Accounts matching a filter, in the requested order, one page at a time; see
     * {@link AccountQuery} for the filter language and how cursors page.
     *
     * @throws com.loyaltybatch.common.InvalidInputException for a filter, sort, limit or cursor
     *         that cannot be read, with a one-line message naming the part at fault
     */
    @Transactional(readOnly = true)
    public AccountPage query(AccountQuery query) {
        return queries.page(query);
    }

    /** How many accounts match a filter and search (both optional, as in {@link AccountQuery}). */
    @Transactional(readOnly = true)
    public long count(String filter, String search) {
        return queries.count(filter, search);
    }

    /** Accounts, the sum of each points field, and accounts per tier, base tier first. */
    @Transactional(readOnly = true)
    public AccountTotals totals() {
        return queries.totals();
    }

    /** Opens the account of a contact. The program must be ACTIVE; one account per contact. */
    @Transactional
    public Account create(String contactId) {
        program.requireActive();
        contacts.get(contactId);
        accounts.findByContactId(contactId).ifPresent(existing -> {
            throw new ConflictException("contact " + contactId + " already has account " + existing.id());
        });
        Account account = newAccount(contactId, clock.instant());
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("contact " + contactId + " already has an account");
        }
        return get(account.id());
    }

    /**
     * Opens accounts for up to {@code limit} contacts that have none (use case 1 of the Loyalty
     * APIs). Returns how many were opened; zero means every contact has an account.
     */
    @Transactional
    public int enrollNext(int limit) {
        program.requireActive();
        Instant now = clock.instant();
        List<Account> opened = accounts.contactsWithoutAccount(limit).stream()
                .map(contactId -> newAccount(contactId, now)).toList();
        accounts.insertAll(opened);
        return opened.size();
    }

    /**
     * Credits points. A request whose idempotency key the account already used returns the
     * original transaction and credits nothing.
     */
    @Transactional
    public PointsOperation earn(String accountId, EarnRequest request) {
        program.requireActive();
        var locked = lock(accountId);
        var original = transactions.findByIdempotencyKey(accountId, request.idempotencyKey());
        if (original.isPresent()) {
            return new PointsOperation(original.get(), get(accountId));
        }
        Instant now = clock.instant();
        var transaction = new PointsTransaction(Ids.newId(), accountId, now, request.amount(), TransactionType.EARN,
                request.description(), request.idempotencyKey(),
                new PointsTransaction.EarnInfo(request.appId(), request.activityType(), request.orderId()),
                null, null, null, null);
        return record(locked, locked.points().earn(request.amount()), transaction, now);
    }

    /**
     * Corrects a balance by a delta or to a value. The request must carry the account's current
     * revision, so two systems syncing balances never overwrite each other unseen.
     */
    @Transactional
    public PointsOperation adjust(String accountId, AdjustRequest request) {
        program.requireActive();
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
        var transaction = new PointsTransaction(Ids.newId(), accountId, now, delta, TransactionType.ADJUST,
                request.description(), null, null, null,
                new PointsTransaction.BalanceChange(before, before + delta), null, null);
        return record(locked, locked.points().adjust(delta), transaction, now);
    }

    @Transactional(readOnly = true)
    public PointsTransaction transaction(String id) {
        return transactions.findById(id).orElseThrow(() -> new NotFoundException("transaction", id));
    }

    @Transactional(readOnly = true)
    public List<PointsTransaction> transactions(TransactionQuery query) {
        get(query.accountId());
        return transactions.find(query);
    }

    /** Sum of the account's ledger; equal to its balance at all times. */
    @Transactional(readOnly = true)
    public long ledgerSum(String accountId) {
        return transactions.sumAmounts(accountId);
    }

    private AccountRepository.LockedAccount lock(String accountId) {
        return accounts.lock(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    private PointsOperation record(AccountRepository.LockedAccount locked, Account.Points next,
            PointsTransaction transaction, Instant now) {
        transactions.insert(transaction);
        accounts.updatePoints(locked.id(), next, now);
        keepExpirationCurrent(locked.id(), next, now);
        rewardAvailability.refresh(List.of(locked.id()));
        return new PointsOperation(transaction, get(locked.id()));
    }

    private static Account newAccount(String contactId, Instant now) {
        return new Account(Ids.newId(), contactId, null, Account.Points.ZERO,
                new Account.Tier(null, null, null), new Account.PointsExpiration(null, null), false,
                now, now, null, 1);
    }

    /**
     * Takes points for a reward (type REDEEM). Refused while the program is not ACTIVE and when
     * the balance does not cover the amount. Callers write what the points bought in the same
     * transaction: the account row stays locked until it commits, so concurrent redemptions of
     * one account serialize and never spend the same points twice.
     */
    @Transactional
    public PointsOperation redeem(String accountId, RedeemRequest request) {
        program.requireActive();
        var locked = lock(accountId);
        long balance = locked.points().balance();
        if (balance < request.amount()) {
            throw new InsufficientBalanceException(balance, request.amount());
        }
        Instant now = clock.instant();
        var transaction = new PointsTransaction(Ids.newId(), accountId, now, -request.amount(), TransactionType.REDEEM,
                request.description(), null, null,
                new PointsTransaction.RedeemInfo(request.rewardId(), request.rewardType(), request.referenceEntityId()),
                null, null, null);
        return record(locked, locked.points().redeem(request.amount()), transaction, now);
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
        long amount = -original.amount();
        Instant now = clock.instant();
        var transaction = new PointsTransaction(Ids.newId(), original.accountId(), now, amount, TransactionType.REFUND,
                text, key, null, null, null, new PointsTransaction.RefundInfo(original.id()), null);
        return record(locked, locked.points().refund(amount), transaction, now);
    }

    /** Which of these idempotency keys each account already used: account id to keys. */
    @Transactional(readOnly = true)
    public java.util.Map<String, java.util.Set<String>> usedIdempotencyKeys(java.util.Collection<String> accountIds,
            java.util.Collection<String> keys) {
        return transactions.usedKeys(accountIds, keys);
    }

    // --- tiers and points expiration: the single place where an account's tier changes

    /**
     * Writes the tiers a recalculation found, in one batch. A change of tier is an account change:
     * it sets {@code tier.updatedDate}, {@code updatedDate} and bumps the revision. A new count of
     * tier points within the same tier only updates {@code tier.points}: the daily recount does not
     * make every synced revision stale. Accounts that changed tier get their
     * {@code rewardAvailable} recomputed: rewards are configured per tier.
     */
    @Transactional
    public void assignTiers(List<TierAssignment> assignments) {
        if (!assignments.isEmpty()) {
            accounts.updateTiers(assignments, clock.instant());
            List<String> moved = assignments.stream().filter(TierAssignment::tierChanged)
                    .map(TierAssignment::accountId).toList();
            if (!moved.isEmpty()) {
                rewardAvailability.refresh(moved);
            }
        }
    }

    /** Moves the accounts of a tier that is being deleted to the base tier; returns how many. */
    @Transactional
    public int moveToBaseTier(String tierId) {
        int moved = accounts.moveToBaseTier(tierId, clock.instant());
        if (moved > 0) {
            rewardAvailability.refreshAll();
        }
        return moved;
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
        var policy = program.get().pointsExpiration();
        if (policy.status() != Program.ExpirationStatus.ENABLED) {
            throw new ConflictException("points expiration is DISABLED: enable it with "
                    + "'program expiration enable --months-of-inactivity N --percentage P'");
        }
        var locked = lock(accountId);
        Account account = get(accountId);
        var due = expirations.next(policy, locked.points().balance(), account.lastActivityDate(), account.createdDate());
        if (!expirations.due(due.expirationDate(), runDay) || due.expiringPointsAmount() == 0) {
            return Optional.empty();
        }
        String key = "expire:" + due.expirationDate();
        if (transactions.findByIdempotencyKey(accountId, key).isPresent()) {
            return Optional.empty();
        }
        long before = locked.points().balance();
        long amount = due.expiringPointsAmount();
        Instant now = clock.instant();
        var transaction = new PointsTransaction(Ids.newId(), accountId, now, -amount, TransactionType.EXPIRE,
                policy.expiringPointsPercentage() + "% expired after " + policy.monthsOfInactivity()
                        + " months without activity", key, null, null, null, null,
                new PointsTransaction.BalanceChange(before, before - amount));
        return Optional.of(record(locked, locked.points().expire(amount), transaction, now));
    }

    /**
     * Keeps {@code pointsExpiration} current after a points operation: the operation is the last
     * activity, so the next expiration is {@code monthsOfInactivity} months from now. A derived
     * field: it changes with the operation's revision, never on its own.
     */
    private void keepExpirationCurrent(String accountId, Account.Points points, Instant now) {
        accounts.updateExpiration(accountId,
                expirations.next(program.get().pointsExpiration(), points.balance(), now, now));
    }

    /**
     * Recomputes every account's {@code pointsExpiration} when the program's policy changes, in
     * the transaction that changed it: one UPDATE clears them all when expiration is disabled;
     * otherwise accounts are recomputed in id order, 1,000 per batched update. Derived fields:
     * neither the revision nor {@code updatedDate} changes.
     */
    @EventListener
    public void expirationPolicyChanged(ExpirationPolicyChanged changed) {
        if (changed.policy().status() != Program.ExpirationStatus.ENABLED) {
            accounts.clearExpirations();
            return;
        }
        String after = "";
        List<AccountRepository.ExpirationBasis> batch;
        do {
            batch = accounts.expirationBasis(after, 1000);
            accounts.updateExpirations(batch.stream().map(b -> Map.entry(b.id(),
                    expirations.next(changed.policy(), b.balance(), b.lastActivityDate(), b.createdDate()))).toList());
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == 1000);
    }

    /** Accounts last active before this instant may be due for expiration on {@code runDay}. */
    public Instant mayBeDueIfActiveBefore(LocalDate runDay, int monthsOfInactivity) {
        return expirations.mayBeDueIfActiveBefore(runDay, monthsOfInactivity);
    }

    // --- bulk points import

    /**
     * Accounts of the contacts with these email keys ({@link com.loyaltybatch.contact.ContactRules#emailKey}),
     * in one query: email key to account id, or to null when the contact has no account. Keys of
     * no contact are absent.
     */
    @Transactional(readOnly = true)
    public Map<String, String> accountIdsByEmailKey(java.util.Collection<String> emailKeys) {
        return accounts.accountIdsByEmailKey(emailKeys);
    }

    /** Whether the account already used an idempotency key (a retried earn would credit nothing). */
    @Transactional(readOnly = true)
    public boolean usedIdempotencyKey(String accountId, String idempotencyKey) {
        return transactions.findByIdempotencyKey(accountId, idempotencyKey).isPresent();
    }
}
