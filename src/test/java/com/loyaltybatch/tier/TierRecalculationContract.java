package com.loyaltybatch.tier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.AdjustRequest;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.reward.CouponKind;
import com.loyaltybatch.reward.RewardDraft;
import com.loyaltybatch.reward.RewardService;
import com.loyaltybatch.reward.RewardType;
import com.loyaltybatch.reward.TierConfig;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.Ledger;
import com.loyaltybatch.support.TestData;

/**
 * The tier calculation: rolling-window edges, the base tier, what counts as tier points, tier
 * changes after adjustments and inactive tiers. Run against H2 and PostgreSQL by its subclasses.
 * The clock stands at 2026-11-15T10:00Z; with a 12-month window a run for 2026-11-15 counts
 * [2025-11-16T00:00Z, 2026-11-16T00:00Z).
 */
abstract class TierRecalculationContract {

    static final Instant WINDOW_START = Instant.parse("2025-11-16T00:00:00Z");

    @Autowired
    TestData testData;

    @Autowired
    Ledger ledger;

    @Autowired
    CliRunner cli;

    @Autowired
    TierService tiers;

    @Autowired
    AccountService accounts;


    @Autowired

    PointsLedger points;

    @Autowired
    RewardService rewards;

    Tier silver;
    Tier gold;

    @BeforeEach
    void tiersInUse() {
        testData.reset();
        testData.activeProgram();
        silver = tiers.create(new TierChanges("Silver", "Coffee on the house monthly", null, 100L));
        gold = tiers.create(new TierChanges("Gold", null, null, 500L));
        tiers.updateSettings(new SettingsChanges(TierStatus.ACTIVE, 12, null), 1);
    }

    @Test
    void aTransactionExactlyAtTheWindowStartCounts() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 100, "Order", WINDOW_START);

        recalculate("2026-11-15");

        assertThat(tierOf(account)).isEqualTo(new Account.Tier(silver.id(), 100L, TestData.NOW));
    }

    @Test
    void aTransactionJustBeforeTheWindowStartDoesNotCount() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 100, "Order", WINDOW_START.minusMillis(1));

        recalculate("2026-11-15");

        assertThat(tierOf(account).id()).isNull();
        assertThat(tierOf(account).points()).isZero();
    }

    @Test
    void accountsBelowTheLowestTierAreInTheBaseTier() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 99, "Order", Instant.parse("2026-10-01T00:00:00Z"));

        recalculate("2026-11-15");

        assertThat(tierOf(account)).isEqualTo(new Account.Tier(null, 99L, null));
    }

    @Test
    void anAccountReachesTheHighestTierItsPointsCover() {
        var exactly = testData.account();
        ledger.record(exactly.id(), "EARN", 500, "Order", Instant.parse("2026-10-01T00:00:00Z"));
        var more = testData.account();
        ledger.record(more.id(), "EARN", 400, "Order", Instant.parse("2026-06-01T00:00:00Z"));
        ledger.record(more.id(), "EARN", 400, "Order", Instant.parse("2026-10-01T00:00:00Z"));

        recalculate("2026-11-15");

        assertThat(tierOf(exactly).id()).isEqualTo(gold.id());
        assertThat(tierOf(more)).isEqualTo(new Account.Tier(gold.id(), 800L, TestData.NOW));
    }

    @Test
    void redemptionsAndExpirationsDoNotLowerTierPointsButNegativeAdjustmentsDo() {
        var redeemed = testData.account();
        ledger.record(redeemed.id(), "EARN", 150, "Order", Instant.parse("2026-10-01T00:00:00Z"));
        ledger.record(redeemed.id(), "REDEEM", -120, "Free coffee", Instant.parse("2026-10-02T00:00:00Z"));
        ledger.record(redeemed.id(), "EXPIRE", -10, "Expired", Instant.parse("2026-10-03T00:00:00Z"));
        var corrected = testData.account();
        ledger.record(corrected.id(), "EARN", 150, "Order", Instant.parse("2026-10-01T00:00:00Z"));
        ledger.record(corrected.id(), "ADJUST", -100, "Returned goods", Instant.parse("2026-10-02T00:00:00Z"));

        recalculate("2026-11-15");

        assertThat(tierOf(redeemed)).isEqualTo(new Account.Tier(silver.id(), 150L, TestData.NOW));
        assertThat(tierOf(corrected)).isEqualTo(new Account.Tier(null, 50L, null));
    }

    @Test
    void anAdjustmentChangesTheTierAtTheNextDaysRecalculation() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 60, "Order", Instant.parse("2026-10-01T00:00:00Z"));
        recalculate("2026-11-14");
        long revision = accounts.get(account.id()).revision();
        assertThat(tierOf(account).id()).isNull();

        points.adjust(account.id(), new AdjustRequest(50L, null, revision, "Goodwill"));
        recalculate("2026-11-15");

        var after = accounts.get(account.id());
        assertThat(after.tier()).isEqualTo(new Account.Tier(silver.id(), 110L, TestData.NOW));
        assertThat(after.revision()).as("a tier change is an account change").isEqualTo(revision + 2);
    }

    @Test
    void aRecountWithinTheSameTierKeepsTheTierDateAndRevision() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 120, "Order", Instant.parse("2026-10-01T00:00:00Z"));
        recalculate("2026-11-14");
        long revision = accounts.get(account.id()).revision();
        ledger.record(account.id(), "EARN", 30, "Order", Instant.parse("2026-11-14T12:00:00Z"));
        revision++;

        recalculate("2026-11-15");

        var after = accounts.get(account.id());
        assertThat(after.tier()).isEqualTo(new Account.Tier(silver.id(), 150L, TestData.NOW));
        assertThat(after.revision()).isEqualTo(revision);
    }

    @Test
    void whenTiersAreNotActiveEveryAccountIsInTheBaseTier() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 700, "Order", Instant.parse("2026-10-01T00:00:00Z"));
        recalculate("2026-11-14");
        assertThat(tierOf(account).id()).isEqualTo(gold.id());

        tiers.updateSettings(new SettingsChanges(TierStatus.PAUSED, null, null), 2);
        recalculate("2026-11-15");

        assertThat(tierOf(account)).isEqualTo(new Account.Tier(null, 700L, TestData.NOW));
    }

    @Test
    void aDaysRecalculationRunsOnce() {
        testData.account();
        recalculate("2026-11-15");

        var again = cli.run("run", "recalculate-tiers", "date=2026-11-15");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).contains("already completed for date=2026-11-15");
    }

    @Test
    void deletingATierMovesItsAccountsToTheBaseTier() {
        var account = testData.account();
        ledger.record(account.id(), "EARN", 120, "Order", Instant.parse("2026-10-01T00:00:00Z"));
        recalculate("2026-11-15");

        assertThat(tiers.delete(silver.id(), silver.revision())).isEqualTo(1);

        assertThat(tierOf(account).id()).isNull();
        assertThat(accounts.totals().tiers()).singleElement()
                .isEqualTo(new com.loyaltybatch.account.AccountTotals.TierCount(null, 1));
    }

    @Test
    void accountsAreFilteredAndCountedByTheirTier() {
        var goldMember = testData.account();
        ledger.record(goldMember.id(), "EARN", 900, "Order", Instant.parse("2026-10-01T00:00:00Z"));
        var silverMember = testData.account();
        ledger.record(silverMember.id(), "EARN", 100, "Order", Instant.parse("2026-10-01T00:00:00Z"));
        testData.account();

        recalculate("2026-11-15");

        assertThat(accounts.count("{\"tier.id\": \"" + gold.id() + "\"}", null)).isEqualTo(1);
        assertThat(accounts.count("{\"tier\": {\"$exists\": false}}", null)).isEqualTo(1);
        assertThat(accounts.totals().tiers()).extracting(t -> t.tierId() == null ? "base" : t.tierId(), t -> t.accounts())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("base", 1L),
                        org.assertj.core.groups.Tuple.tuple(gold.id(), 1L),
                        org.assertj.core.groups.Tuple.tuple(silver.id(), 1L));
        assertThat(cli.run("accounts", "totals").out()).contains("Tier Base (base): 1 accounts",
                "Tier Gold (" + gold.id() + "): 1 accounts");
    }

    @Test
    void reachingATierWhoseRewardTheBalanceCoversMakesARewardAvailable() {
        var account = testData.account();
        points.earn(account.id(), new EarnRequest(150, "Order", "o-1", null, null, null));
        rewards.create(new RewardDraft("Gold coffee", true, RewardType.COUPON_REWARD, CouponKind.FREE_SHIPPING,
                null, null, List.of(new TierConfig(silver.id(), 120, null))));
        assertThat(accounts.get(account.id()).rewardAvailable()).as("base tier: no reward configured").isFalse();

        recalculate("2026-11-15");

        assertThat(tierOf(account).id()).isEqualTo(silver.id());
        assertThat(accounts.get(account.id()).rewardAvailable()).isTrue();
    }

    void recalculate(String date) {
        var run = cli.run("run", "recalculate-tiers", "date=" + date);
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    Account.Tier tierOf(Account account) {
        return accounts.get(account.id()).tier();
    }
}
