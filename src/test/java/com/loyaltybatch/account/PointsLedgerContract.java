package com.loyaltybatch.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InsufficientBalanceException;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.common.ProgramNotActiveException;
import com.loyaltybatch.contact.ContactDraft;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.program.ProgramService;
import com.loyaltybatch.support.TestData;

/** The account and ledger rules; run against H2 and PostgreSQL by its subclasses. */
abstract class PointsLedgerContract {

    @Autowired
    AccountService accounts;


    @Autowired

    PointsLedger ledger;

    @Autowired
    ProgramService program;

    @Autowired
    ContactService contacts;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void activeProgram() {
        testData.reset();
        testData.activeProgram();
    }

    // --- accounts

    @Test
    void anAccountNeedsAnExistingContact() {
        assertThatThrownBy(() -> accounts.create("no-such-contact")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("no-such-contact");
    }

    @Test
    void aContactHasAtMostOneAccount() {
        var contact = testData.contact("ada@example.com");
        var first = accounts.create(contact.id());
        assertThatThrownBy(() -> accounts.create(contact.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining(first.id());
    }

    @Test
    void aNewAccountStartsEmpty() {
        var account = testData.account();
        assertThat(account.points()).isEqualTo(Account.Points.ZERO);
        assertThat(account.createdDate()).isEqualTo(TestData.NOW);
        assertThat(account.lastActivityDate()).isNull();
        assertThat(account.revision()).isEqualTo(1);
    }

    @Test
    void accountsAreFoundByIdContactAndMember() {
        contacts.upsert(List.of(new ContactDraft("c-1", "grace@example.com", "Grace", "Hopper", "en-US", "m-1", true)));
        var account = accounts.create("c-1");
        assertThat(accounts.get(account.id()).memberId()).isEqualTo("m-1");
        assertThat(accounts.getByContactId("c-1").id()).isEqualTo(account.id());
        assertThat(accounts.getByMemberId("m-1").id()).isEqualTo(account.id());
        assertThatThrownBy(() -> accounts.getByMemberId("m-2")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void enrollingOpensAnAccountForEveryContactWithoutOne() {
        var withAccount = testData.account();
        for (int i = 0; i < 5; i++) {
            testData.contact("c" + i + "@example.com");
        }
        assertThat(accounts.enrollNext(3)).isEqualTo(3);
        assertThat(accounts.enrollNext(3)).isEqualTo(2);
        assertThat(accounts.enrollNext(3)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM loyalty_account").query(Long.class).single()).isEqualTo(6);
        assertThat(accounts.get(withAccount.id()).revision()).isEqualTo(withAccount.revision());
    }

    @Test
    void nothingIsOpenedEarnedOrAdjustedUnlessTheProgramIsActive() {
        var account = testData.account();
        var contact = testData.contact("late@example.com");
        program.pause();
        assertThatThrownBy(() -> accounts.create(contact.id())).isInstanceOf(ProgramNotActiveException.class);
        assertThatThrownBy(() -> ledger.earn(account.id(), earn(10, "k1"))).isInstanceOf(ProgramNotActiveException.class);
        assertThatThrownBy(() -> ledger.adjust(account.id(), new AdjustRequest(5L, null, account.revision(), "fix")))
                .isInstanceOf(ProgramNotActiveException.class);
        assertThatThrownBy(() -> accounts.enrollNext(10)).isInstanceOf(ProgramNotActiveException.class);
        assertThat(accounts.get(account.id())).isEqualTo(account);
    }

    // --- earn

    @Test
    void earningCreditsTheBalanceAndWritesOneEarnTransaction() {
        var account = testData.account();
        var result = ledger.earn(account.id(), new EarnRequest(120, "Order #1", "order-1", "shop", "order-paid", "o-1"));
        assertThat(result.account().points()).isEqualTo(new Account.Points(120, 120, 0, 0, 0));
        assertThat(result.account().revision()).isEqualTo(account.revision() + 1);
        assertThat(result.account().lastActivityDate()).isEqualTo(TestData.NOW);
        assertThat(result.transaction().transactionType()).isEqualTo(TransactionType.EARN);
        assertThat(result.transaction().amount()).isEqualTo(120);
        assertThat(result.transaction().earn()).isEqualTo(new PointsTransaction.EarnInfo("shop", "order-paid", "o-1"));
        assertThat(ledger(account.id())).containsExactly(result.transaction());
    }

    @Test
    void earnAmountIsOneToNineMillionNineHundredNinetyNineThousandNineHundredNinetyNine() {
        assertThatThrownBy(() -> earn(0, "k")).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> earn(10_000_000, "k")).isInstanceOf(InvalidInputException.class);
        var account = testData.account();
        assertThat(ledger.earn(account.id(), earn(9_999_999, "max")).account().points().balance()).isEqualTo(9_999_999);
        assertThat(ledger.earn(account.id(), earn(1, "min")).account().points().balance()).isEqualTo(10_000_000);
    }

    @Test
    void earnNeedsADescriptionAndAnIdempotencyKey() {
        assertThatThrownBy(() -> new EarnRequest(5, " ", "k", null, null, null)).hasMessageStartingWith("description:");
        assertThatThrownBy(() -> new EarnRequest(5, "x".repeat(101), "k", null, null, null)).hasMessageStartingWith("description:");
        assertThatThrownBy(() -> new EarnRequest(5, "ok", null, null, null, null)).hasMessageStartingWith("idempotencyKey:");
        assertThatThrownBy(() -> new EarnRequest(5, "ok", "k".repeat(257), null, null, null)).hasMessageStartingWith("idempotencyKey:");
    }

    @Test
    void earningTwiceWithTheSameKeyCreditsOnce() {
        var account = testData.account();
        var first = ledger.earn(account.id(), earn(50, "order-7"));
        var retry = ledger.earn(account.id(), earn(50, "order-7"));
        assertThat(retry.transaction()).isEqualTo(first.transaction());
        assertThat(retry.account().points().balance()).isEqualTo(50);
        assertThat(ledger(account.id())).hasSize(1);
    }

    @Test
    void threadsRacingWithTheSameKeyCreditOnce() throws Exception {
        var account = testData.account();
        List<Callable<PointsOperation>> racers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 8; i++) {
            racers.add(() -> {
                start.await();
                return ledger.earn(account.id(), earn(75, "same-key"));
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<PointsOperation>> results = racers.stream().map(pool::submit).toList();
            start.countDown();
            List<String> transactionIds = new ArrayList<>();
            for (Future<PointsOperation> result : results) {
                transactionIds.add(result.get().transaction().id());
            }
            assertThat(transactionIds).containsOnly(transactionIds.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(75);
        assertThat(ledger(account.id())).hasSize(1);
    }

    // --- adjust

    @Test
    void adjustingByAnAmountLandsInAdjustedWithBalanceBeforeAndAfter() {
        var account = testData.account();
        var earned = ledger.earn(account.id(), earn(100, "k")).account();
        var result = ledger.adjust(account.id(), new AdjustRequest(-30L, null, earned.revision(), "Goodwill fix"));
        assertThat(result.account().points()).isEqualTo(new Account.Points(70, 100, -30, 0, 0));
        assertThat(result.transaction().transactionType()).isEqualTo(TransactionType.ADJUST);
        assertThat(result.transaction().amount()).isEqualTo(-30);
        assertThat(result.transaction().adjust()).isEqualTo(new PointsTransaction.BalanceChange(100, 70));
    }

    @Test
    void settingTheBalanceAdjustsByTheDifferenceAndWinsOverAnAmount() {
        var account = testData.account();
        var earned = ledger.earn(account.id(), earn(100, "k")).account();
        var result = ledger.adjust(account.id(), new AdjustRequest(5L, 250L, earned.revision(), "Sync from POS"));
        assertThat(result.account().points()).isEqualTo(new Account.Points(250, 100, 150, 0, 0));
        assertThat(result.transaction().adjust()).isEqualTo(new PointsTransaction.BalanceChange(100, 250));
        var zero = ledger.adjust(account.id(), new AdjustRequest(null, 0L, result.account().revision(), "Reset"));
        assertThat(zero.account().points().balance()).isZero();
    }

    @Test
    void aStaleRevisionIsAConflictAndChangesNothing() {
        var account = testData.account();
        ledger.earn(account.id(), earn(100, "k"));
        assertThatThrownBy(() -> ledger.adjust(account.id(), new AdjustRequest(10L, null, account.revision(), "late")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed since the requested revision");
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(100);
        assertThat(ledger(account.id())).hasSize(1);
    }

    @Test
    void aBalanceNeverGoesBelowZero() {
        var account = testData.account();
        var earned = ledger.earn(account.id(), earn(10, "k")).account();
        assertThatThrownBy(() -> ledger.adjust(account.id(), new AdjustRequest(-11L, null, earned.revision(), "too much")))
                .isInstanceOf(InsufficientBalanceException.class);
        assertThat(ledger.adjust(account.id(), new AdjustRequest(-10L, null, earned.revision(), "all")).account()
                .points().balance()).isZero();
    }

    @Test
    void adjustRangesAreChecked() {
        assertThatThrownBy(() -> new AdjustRequest(5L, null, null, "x")).hasMessageStartingWith("revision:");
        assertThatThrownBy(() -> new AdjustRequest(0L, null, 1L, "x")).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> new AdjustRequest(10_000_000L, null, 1L, "x")).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> new AdjustRequest(-10_000_000L, null, 1L, "x")).hasMessageStartingWith("amount:");
        assertThatThrownBy(() -> new AdjustRequest(null, -1L, 1L, "x")).hasMessageStartingWith("balance:");
        assertThatThrownBy(() -> new AdjustRequest(null, 1_000_000_000L, 1L, "x")).hasMessageStartingWith("balance:");
        assertThatThrownBy(() -> new AdjustRequest(null, null, 1L, "x")).isInstanceOf(InvalidInputException.class);
        assertThat(new AdjustRequest(-9_999_999L, null, 1L, "x").amount()).isEqualTo(-9_999_999L);
        assertThat(new AdjustRequest(null, 999_999_999L, 1L, "x").balance()).isEqualTo(999_999_999L);
    }

    // --- the invariant

    @Test
    void concurrentEarnsAndAdjustsKeepEveryBalanceEqualToItsLedger() throws Exception {
        List<String> ids = List.of(testData.account().id(), testData.account().id(), testData.account().id());
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 6; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    for (int i = 0; i < 40; i++) {
                        String id = ids.get(random.nextInt(ids.size()));
                        if (random.nextInt(3) > 0) {
                            ledger.earn(id, earn(1 + random.nextInt(500), "w" + worker + "-" + i));
                        } else {
                            adjustWithRetry(id, random.nextLong(-200, 200));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertInvariant();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM points_transaction").query(Long.class).single()).isEqualTo(240);
    }

    private void adjustWithRetry(String id, long delta) {
        while (true) {
            var current = accounts.get(id);
            long applied = delta == 0 ? 1 : Math.max(delta, -current.points().balance());
            try {
                if (applied == 0) {
                    ledger.adjust(id, new AdjustRequest(null, current.points().balance(), current.revision(), "noop"));
                } else {
                    ledger.adjust(id, new AdjustRequest(applied, null, current.revision(), "random"));
                }
                return;
            } catch (ConflictException | InsufficientBalanceException changedMeanwhile) {
                // another worker got there first: read again
            }
        }
    }

    /** balance = earned + adjusted - redeemed - expired = sum of the ledger, for every account. */
    void assertInvariant() {
        List<String> broken = jdbc.sql("""
                SELECT a.id FROM loyalty_account a
                WHERE a.balance <> a.earned + a.adjusted - a.redeemed - a.expired
                   OR a.balance <> (SELECT COALESCE(SUM(t.amount), 0) FROM points_transaction t WHERE t.account_id = a.id)
                   OR a.balance < 0""").query(String.class).list();
        assertThat(broken).isEmpty();
    }

    List<PointsTransaction> ledger(String accountId) {
        return ledger.transactions(new TransactionQuery(accountId, null, null, null, 1000));
    }

    static EarnRequest earn(long amount, String key) {
        return new EarnRequest(amount, "Purchase", key, null, null, null);
    }
}
