package com.loyaltybatch.reward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.AdjustRequest;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.account.PointsTransaction;
import com.loyaltybatch.account.TransactionQuery;
import com.loyaltybatch.account.TransactionType;
import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InsufficientBalanceException;
import com.loyaltybatch.common.ProgramNotActiveException;
import com.loyaltybatch.program.ProgramService;
import com.loyaltybatch.support.TestData;

/**
 * The redeem and refund rules of coupons and checkout discounts, and the ledger invariant around
 * them; run against H2 and PostgreSQL by its subclasses.
 */
abstract class RewardsContract {

    @Autowired
    RewardService rewards;

    @Autowired
    CouponService coupons;

    @Autowired
    CheckoutService checkouts;

    @Autowired
    AccountService accounts;


    @Autowired

    PointsLedger ledger;

    @Autowired
    ProgramService program;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void activeProgram() {
        testData.reset();
        testData.activeProgram();
    }

    // --- coupons

    @Test
    void redeemingACouponTakesItsCostAndIssuesAnActiveCouponWithOneRedeemTransaction() {
        var reward = rewards.create(coupon("Free coffee", 100));
        var account = withBalance(250);
        Coupon coupon = coupons.redeem(account.id(), reward.id());
        assertThat(coupon.status()).isEqualTo(CouponStatus.ACTIVE);
        assertThat(coupon.code()).hasSize(10).matches("[" + CouponCodes.ALPHABET + "]+");
        assertThat(coupon.costInPoints()).isEqualTo(100);
        var after = accounts.get(account.id());
        assertThat(after.points()).isEqualTo(new Account.Points(150, 250, 0, 100, 0));
        PointsTransaction redeem = ledger.transaction(coupon.transactionId());
        assertThat(redeem.transactionType()).isEqualTo(TransactionType.REDEEM);
        assertThat(redeem.amount()).isEqualTo(-100);
        assertThat(redeem.redeem()).isEqualTo(new PointsTransaction.RedeemInfo(reward.id(), "COUPON_REWARD", coupon.id()));
        assertThat(coupons.getByCode(coupon.code().toLowerCase())).isEqualTo(coupon);
        assertThat(coupons.listByAccount(account.id())).containsExactly(coupon);
        assertInvariant();
    }

    @Test
    void anInsufficientBalanceIsRefusedAndLeavesNoCoupon() {
        var reward = rewards.create(coupon("Free coffee", 100));
        var account = withBalance(99);
        assertThatThrownBy(() -> coupons.redeem(account.id(), reward.id())).isInstanceOf(InsufficientBalanceException.class);
        assertThat(coupons.listByAccount(account.id())).isEmpty();
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(99);
        assertThat(count("coupon")).isZero();
    }

    @Test
    void nothingIsRedeemedUnlessTheProgramIsActive() {
        var reward = rewards.create(coupon("Free coffee", 100));
        var account = withBalance(500);
        program.pause();
        assertThatThrownBy(() -> coupons.redeem(account.id(), reward.id())).isInstanceOf(ProgramNotActiveException.class);
        assertThat(count("coupon")).isZero();
    }

    @Test
    void inactiveRewardsAndRewardsOfOtherTiersCannotBeRedeemed() {
        var inactive = rewards.create(new RewardDraft("Old", false, RewardType.COUPON_REWARD, CouponKind.FREE_SHIPPING,
                null, null, List.of(new TierConfig(null, 10, null))));
        var goldOnly = rewards.create(new RewardDraft("Gold", true, RewardType.COUPON_REWARD, CouponKind.FREE_SHIPPING,
                null, null, List.of(new TierConfig("gold", 10, null))));
        var account = withBalance(500);
        assertThatThrownBy(() -> coupons.redeem(account.id(), inactive.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not active");
        assertThatThrownBy(() -> coupons.redeem(account.id(), goldOnly.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not offered");
    }

    @Test
    void twoRedemptionsRacingForTheLastPointsOfAnAccountIssueExactlyOneCoupon() throws Exception {
        var reward = rewards.create(coupon("Free coffee", 60));
        var account = withBalance(100);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Coupon>> racers = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                racers.add(pool.submit(() -> {
                    start.await();
                    return coupons.redeem(account.id(), reward.id());
                }));
            }
            start.countDown();
            int issued = 0;
            int refused = 0;
            for (Future<Coupon> racer : racers) {
                try {
                    racer.get();
                    issued++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(InsufficientBalanceException.class);
                    refused++;
                }
            }
            assertThat(issued).isEqualTo(1);
            assertThat(refused).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("coupon")).isEqualTo(1);
        assertThat(ledger(account.id()).stream().filter(t -> t.transactionType() == TransactionType.REDEEM)).hasSize(1);
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(40);
        assertInvariant();
    }

    @Test
    void deletingACouponArchivesItOnlyWhenItIsNotApplied() {
        var reward = rewards.create(coupon("Free coffee", 10));
        var account = withBalance(100);
        Coupon first = coupons.redeem(account.id(), reward.id());
        assertThat(coupons.delete(first.id()).status()).isEqualTo(CouponStatus.ARCHIVED);
        assertThatThrownBy(() -> coupons.delete(first.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("ARCHIVED");
        assertThatThrownBy(() -> checkouts.applyCoupon("c-1", account.id(), first.code()))
                .isInstanceOf(ConflictException.class);
        Coupon second = coupons.redeem(account.id(), reward.id());
        checkouts.applyCoupon("c-2", account.id(), second.code());
        assertThatThrownBy(() -> coupons.delete(second.id())).isInstanceOf(ConflictException.class)
                .hasMessageContaining("APPLIED");
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(80);
    }

    // --- checkout discounts

    @Test
    void aFlexibleRewardConvertsPointsToMoneyRoundingDownToTheCent() {
        var reward = rewards.create(flexible("Points off", 100, "1.00"));
        var account = withBalance(500);
        var discount = checkouts.applyReward("checkout-1", account.id(), reward.id(), 255);
        assertThat(discount.status()).isEqualTo(DiscountStatus.APPLIED);
        assertThat(discount.amount()).isEqualByComparingTo("2.55");
        assertThat(discount.pointsSpent()).isEqualTo(255);
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(245);
        assertThat(ledger.transaction(discount.transactionId()).redeem().referenceEntityId()).isEqualTo(discount.id());
        var third = rewards.create(flexible("Thirds", 3, "1.00"));
        assertThat(checkouts.applyReward("checkout-2", account.id(), third.id(), 10).amount()).isEqualByComparingTo("3.33");
        assertThatThrownBy(() -> checkouts.applyReward("checkout-3", account.id(), reward.id(), 0))
                .hasMessageStartingWith("pointsToSpend:");
        assertThat(checkouts.byCheckout("checkout-1")).containsExactly(discount);
    }

    @Test
    void aCheckoutHasOneLiveDiscountUntilItIsRefunded() {
        var reward = rewards.create(flexible("Points off", 100, "1.00"));
        var account = withBalance(500);
        var first = checkouts.applyReward("checkout-1", account.id(), reward.id(), 100);
        assertThatThrownBy(() -> checkouts.applyReward("checkout-1", account.id(), reward.id(), 100))
                .isInstanceOf(ConflictException.class);
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(400);
        checkouts.refundCheckout("checkout-1");
        var second = checkouts.applyReward("checkout-1", account.id(), reward.id(), 50);
        assertThat(checkouts.byCheckout("checkout-1")).extracting(CheckoutDiscount::id).containsExactly(first.id(), second.id());
    }

    @Test
    void refundingAFlexibleDiscountReturnsThePointsAsARefundLinkedToTheRedeem() {
        var reward = rewards.create(flexible("Points off", 100, "1.00"));
        var account = withBalance(500);
        var applied = checkouts.applyReward("checkout-1", account.id(), reward.id(), 200);
        checkouts.complete("checkout-1");
        var refunded = checkouts.refund(applied.id());
        assertThat(refunded.status()).isEqualTo(DiscountStatus.REFUNDED);
        PointsTransaction refund = ledger.transaction(refunded.refundTransactionId());
        assertThat(refund.transactionType()).isEqualTo(TransactionType.REFUND);
        assertThat(refund.amount()).isEqualTo(200);
        assertThat(refund.refund().refundedTransactionId()).isEqualTo(applied.transactionId());
        assertThat(accounts.get(account.id()).points()).isEqualTo(new Account.Points(500, 500, 0, 0, 0));
        assertThatThrownBy(() -> checkouts.refund(applied.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ledger.refund(applied.transactionId(), "again")).isInstanceOf(ConflictException.class);
        assertInvariant();
    }

    @Test
    void aCouponRefundedBeforeTheCheckoutCompletesIsUsableAgain() {
        var reward = rewards.create(coupon("Free coffee", 100));
        var account = withBalance(100);
        Coupon coupon = coupons.redeem(account.id(), reward.id());
        var discount = checkouts.applyCoupon("checkout-1", account.id(), coupon.code());
        assertThat(discount.type()).isEqualTo(DiscountType.COUPON);
        assertThat(coupons.get(coupon.id()).status()).isEqualTo(CouponStatus.APPLIED);
        assertThatThrownBy(() -> checkouts.applyCoupon("checkout-2", account.id(), coupon.code()))
                .isInstanceOf(ConflictException.class);
        var refunded = checkouts.refundCheckout("checkout-1");
        assertThat(refunded.refundTransactionId()).isNull();
        assertThat(coupons.get(coupon.id()).status()).isEqualTo(CouponStatus.ACTIVE);
        assertThat(accounts.get(account.id()).points().balance()).isZero();
        assertThat(checkouts.applyCoupon("checkout-2", account.id(), coupon.code()).status()).isEqualTo(DiscountStatus.APPLIED);
    }

    @Test
    void aCouponRefundedAfterTheCheckoutCompletedIsArchivedAndItsPointsComeBack() {
        var reward = rewards.create(coupon("Free coffee", 100));
        var account = withBalance(100);
        Coupon coupon = coupons.redeem(account.id(), reward.id());
        checkouts.applyCoupon("checkout-1", account.id(), coupon.code());
        assertThat(checkouts.complete("checkout-1").status()).isEqualTo(DiscountStatus.COMPLETED);
        assertThatThrownBy(() -> checkouts.complete("checkout-1")).isInstanceOf(ConflictException.class);
        var refunded = checkouts.refundCheckout("checkout-1");
        assertThat(ledger.transaction(refunded.refundTransactionId()).refund().refundedTransactionId())
                .isEqualTo(coupon.transactionId());
        assertThat(coupons.get(coupon.id()).status()).isEqualTo(CouponStatus.ARCHIVED);
        assertThat(accounts.get(account.id()).points().balance()).isEqualTo(100);
        assertInvariant();
    }

    @Test
    void aCouponOfAnotherAccountIsRefused() {
        var reward = rewards.create(coupon("Free coffee", 10));
        var owner = withBalance(100);
        var other = withBalance(100);
        Coupon coupon = coupons.redeem(owner.id(), reward.id());
        assertThatThrownBy(() -> checkouts.applyCoupon("checkout-1", other.id(), coupon.code()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("another account");
    }

    // --- rewardAvailable

    @Test
    void rewardAvailableIsTrueExactlyWhenTheBalanceCoversAnActiveRewardOfTheTier() {
        var account = withBalance(100);
        assertThat(accounts.get(account.id()).rewardAvailable()).isFalse();
        var reward = rewards.create(coupon("Free coffee", 100));
        assertThat(accounts.get(account.id()).rewardAvailable()).isTrue();
        coupons.redeem(account.id(), reward.id());
        assertThat(accounts.get(account.id()).rewardAvailable()).isFalse();
        ledger.earn(account.id(), new EarnRequest(100, "Order", "o-2", null, null, null));
        assertThat(accounts.get(account.id()).rewardAvailable()).isTrue();
        var updated = rewards.update(reward.id(), reward.revision(), new RewardChanges(null, false, null, null, null));
        assertThat(accounts.get(account.id()).rewardAvailable()).isFalse();
        rewards.update(reward.id(), updated.revision(), new RewardChanges(null, true, null, null,
                List.of(new TierConfig("gold", 10, BigDecimal.ONE))));
        assertThat(accounts.get(account.id()).rewardAvailable()).as("only gold members").isFalse();
        jdbc.sql("UPDATE loyalty_account SET tier_id = 'gold' WHERE id = ?").param(account.id()).update();
        rewards.update(reward.id(), updated.revision() + 1, new RewardChanges("Coffee", null, null, null, null));
        assertThat(accounts.get(account.id()).rewardAvailable()).isTrue();
        rewards.delete(reward.id(), updated.revision() + 2);
        assertThat(accounts.get(account.id()).rewardAvailable()).isFalse();
    }

    // --- the invariant

    @Test
    void mixedEarnsAdjustsRedemptionsAndRefundsKeepEveryBalanceEqualToItsLedger() throws Exception {
        var flexible = rewards.create(flexible("Points off", 10, "1.00"));
        var coupon = rewards.create(coupon("Free coffee", 30));
        List<String> ids = List.of(withBalance(200).id(), withBalance(200).id());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int worker = w;
                workers.add(pool.submit(() -> {
                    var random = ThreadLocalRandom.current();
                    for (int i = 0; i < 25; i++) {
                        String id = ids.get(random.nextInt(ids.size()));
                        try {
                            switch (random.nextInt(5)) {
                                case 0 -> ledger.earn(id, new EarnRequest(1 + random.nextInt(50), "Order", "w" + worker + "-" + i, null, null, null));
                                case 1 -> {
                                    var current = accounts.get(id);
                                    ledger.adjust(id, new AdjustRequest(-Math.min(5, current.points().balance()) == 0 ? 5L
                                            : -Math.min(5, current.points().balance()), null, current.revision(), "fix"));
                                }
                                case 2 -> coupons.redeem(id, coupon.id());
                                case 3 -> checkouts.applyReward("w" + worker + "-" + i, id, flexible.id(), 1 + random.nextInt(20));
                                default -> checkouts.byCheckout("w" + worker + "-" + (i - 1)).stream().findFirst()
                                        .filter(d -> d.status() != DiscountStatus.REFUNDED)
                                        .ifPresent(d -> checkouts.refund(d.id()));
                            }
                        } catch (InsufficientBalanceException | ConflictException expected) {
                            // a refusal changes nothing
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
        long coupons = count("coupon");
        long couponRedeems = jdbc.sql("SELECT COUNT(*) FROM points_transaction WHERE transaction_type = 'REDEEM' AND reward_id = ?")
                .param(coupon.id()).query(Long.class).single();
        assertThat(couponRedeems).isEqualTo(coupons);
        long refunds = jdbc.sql("SELECT COUNT(*) FROM points_transaction WHERE transaction_type = 'REFUND'").query(Long.class).single();
        assertThat(refunds).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM checkout_discount WHERE status = 'REFUNDED'")
                .query(Long.class).single());
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

    Account withBalance(long points) {
        var account = testData.account();
        ledger.earn(account.id(), new EarnRequest(points, "Welcome", "welcome", null, null, null));
        return accounts.get(account.id());
    }

    List<PointsTransaction> ledger(String accountId) {
        return ledger.transactions(new TransactionQuery(accountId, null, null, null, 1000));
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    static RewardDraft coupon(String name, long cost) {
        return new RewardDraft(name, true, RewardType.COUPON_REWARD, CouponKind.FIXED_AMOUNT, new BigDecimal("10.00"),
                null, List.of(new TierConfig(null, cost, new BigDecimal("5.00"))));
    }

    static RewardDraft flexible(String name, long cost, String amount) {
        return new RewardDraft(name, true, RewardType.DISCOUNT_AMOUNT, null, null, null,
                List.of(new TierConfig(null, cost, new BigDecimal(amount))));
    }
}
