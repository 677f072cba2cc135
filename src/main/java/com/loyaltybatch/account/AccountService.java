package com.loyaltybatch.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.Ids;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.program.ProgramService;

/**
 * Opens and finds accounts, and writes their tiers. Points move only through {@link PointsLedger}.
 */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final ProgramService program;
    private final ContactService contacts;
    private final AccountQueries queries;
    private final Clock clock;
    private final RewardAvailability rewardAvailability;

    AccountService(AccountRepository accounts, AccountQueries queries, ProgramService program, ContactService contacts,
            Clock clock, RewardAvailability rewardAvailability) {
        this.accounts = accounts;
        this.queries = queries;
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

    private static Account newAccount(String contactId, Instant now) {
        return new Account(Ids.newId(), contactId, null, Account.Points.ZERO,
                new Account.Tier(null, null, null), new Account.PointsExpiration(null, null), false,
                now, now, null, 1);
    }

    // --- tiers: the single place where an account's tier changes

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
}
