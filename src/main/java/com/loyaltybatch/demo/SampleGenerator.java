package com.loyaltybatch.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.PointsTransaction;
import com.loyaltybatch.contact.Contact;

/**
 * Generates sample customers. Account number {@code i} depends only on the seed, the month and
 * {@code i}: the same seed gives the same data in any block size, and a smaller run is a prefix of
 * a larger one.
 *
 * <p>The shape: about 8% of the accounts opened during the month, the rest up to two years
 * earlier, with a welcome bonus and up to two more operations before the month: their opening
 * balance. During the month 85% of the accounts are active with one to five operations:
 * purchases, redeems of the sample rewards when the balance covers them, goodwill credits and
 * corrections, now and then a birthday treat. About 4.5 transactions per account in all. 5% of
 * the contacts unsubscribed from mail, 3% have no address, 60% are registered site members.
 */
final class SampleGenerator {

    private static final int NEWCOMERS_PERCENT = 8;
    private static final int ACTIVE_PERCENT = 85;
    private static final int UNSUBSCRIBED_PERCENT = 5;
    private static final int WITHOUT_EMAIL_PERCENT = 3;
    private static final int MEMBERS_PERCENT = 60;
    private static final long DAY = 86_400L;

    private final long seed;
    private final SampleMonth month;
    private final long idBaseMillis;
    private final List<SampleLedger.Reward> rewards;

    SampleGenerator(long seed, SampleMonth month) {
        this.seed = seed;
        this.month = month;
        this.idBaseMillis = (month.start() - SampleMonth.HISTORY_SECONDS) * 1000;
        SplittableRandom random = SampleIds.random(seed, -1);
        this.rewards = List.of(
                new SampleLedger.Reward(SampleIds.random(random), "Free filter coffee", 100),
                new SampleLedger.Reward(SampleIds.random(random), "Pastry of your choice", 150),
                new SampleLedger.Reward(SampleIds.random(random), "Coffee Club mug", 500));
    }

    SampleBlock block(long first, long end) {
        int size = (int) (end - first);
        var contacts = new ArrayList<Contact>(size);
        var accounts = new ArrayList<Account>(size);
        var transactions = new ArrayList<PointsTransaction>(size * 5);
        for (long i = first; i < end; i++) {
            customer(i, contacts, accounts, transactions);
        }
        return new SampleBlock(first, end, contacts, accounts, transactions);
    }

    private void customer(long index, List<Contact> contacts, List<Account> accounts,
            List<PointsTransaction> transactions) {
        SplittableRandom random = SampleIds.random(seed, index);
        boolean newcomer = random.nextInt(100) < NEWCOMERS_PERCENT;
        long opened = newcomer ? month.start() + random.nextLong(month.end() - month.start() - DAY)
                : month.start() - 1 - random.nextLong(SampleMonth.HISTORY_SECONDS);
        Contact contact = contact(index, opened - random.nextLong(14 * DAY), random);
        String accountId = SampleIds.ordered(idBaseMillis, index, SampleIds.ACCOUNT, random);
        var ledger = new SampleLedger(rewards, accountId, 1_000_000L + index * 16,
                n -> SampleIds.ordered(idBaseMillis, index, SampleIds.FIRST_TRANSACTION + n, random), random,
                transactions::add);
        ledger.welcome(opened);
        if (!newcomer) {
            ledger.activity(random.nextInt(3), opened + 1, month.start(), false);
        }
        if (random.nextInt(100) < ACTIVE_PERCENT) {
            ledger.activity(1 + random.nextInt(5), Math.max(opened + 1, month.start()), month.end(), true);
        }
        contacts.add(contact);
        accounts.add(new Account(accountId, contact.id(), contact.memberId(), ledger.points(),
                new Account.Tier(null, null, null), new Account.PointsExpiration(null, null),
                ledger.points().balance() >= rewards.get(0).cost(), Instant.ofEpochSecond(opened),
                ledger.lastActivity(), ledger.lastActivity(), 1L + ledger.count()));
    }

    private Contact contact(long index, long created, SplittableRandom random) {
        String locale = SampleNames.locale(random);
        SampleNames.Group group = SampleNames.group(locale);
        int firstName = random.nextInt(group.firstNames().size());
        int lastName = random.nextInt(group.lastNames().size());
        String email = random.nextInt(100) < WITHOUT_EMAIL_PERCENT ? null
                : email(group, firstName, lastName, index, random);
        String memberId = random.nextInt(100) < MEMBERS_PERCENT
                ? SampleIds.ordered(idBaseMillis, index, SampleIds.MEMBER, random) : null;
        boolean subscribed = random.nextInt(100) >= UNSUBSCRIBED_PERCENT;
        Instant createdDate = Instant.ofEpochSecond(created);
        Instant unsubscribedDate = subscribed ? null
                : Instant.ofEpochSecond(created + 1 + random.nextLong(month.end() - created - 1));
        return new Contact(SampleIds.ordered(idBaseMillis, index, SampleIds.CONTACT, random), email,
                new Contact.Name(group.firstNames().get(firstName), group.lastNames().get(lastName)), locale,
                memberId, subscribed, unsubscribedDate, null, createdDate, subscribed ? createdDate : unsubscribedDate);
    }

    /** Unique by construction: the account number ends the local part, and names hold no digits. */
    private static String email(SampleNames.Group group, int firstName, int lastName, long index,
            SplittableRandom random) {
        String first = group.emailFirstNames().get(firstName);
        String last = group.emailLastNames().get(lastName);
        String local = switch (random.nextInt(4)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + "." + last;
            case 2 -> first + "_" + last;
            default -> last + "." + first;
        };
        return local + index + "@" + group.domains().get(random.nextInt(group.domains().size()));
    }
}
