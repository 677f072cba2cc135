package com.loyaltybatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rewards, coupons, checkout and earning-rules commands: JSON fields and exit codes. */
@LoyaltyTest
class RewardsCommandLineTest {

    @Autowired
    CliRunner cli;

    @Autowired
    TestData testData;

    @Autowired
    AccountService accounts;


    @Autowired

    PointsLedger ledger;

    @Autowired
    JsonMapper json;

    String accountId;

    @BeforeEach
    void memberWithPoints() {
        testData.reset();
        testData.activeProgram();
        accountId = testData.account().id();
        ledger.earn(accountId, new EarnRequest(500, "Welcome", "welcome", null, null, null));
    }

    @Test
    void rewardsAreCreatedShownListedUpdatedAndDeleted() {
        JsonNode reward = json(cli.run("rewards", "create", "--name", "Free coffee", "--type", "COUPON_REWARD",
                "--coupon-kind", "FIXED_AMOUNT", "--minimum-subtotal", "10", "--config", "cost=100,amount=5",
                "--config", "tier=gold,cost=80,amount=5", "--format", "json"));
        String id = reward.get("id").asString();
        assertThat(reward.get("name").asString()).isEqualTo("Free coffee");
        assertThat(reward.get("type").asString()).isEqualTo("COUPON_REWARD");
        assertThat(reward.get("couponKind").asString()).isEqualTo("FIXED_AMOUNT");
        assertThat(reward.get("active").asBoolean()).isTrue();
        assertThat(reward.get("configs").get(1).get("tierId").asString()).isEqualTo("gold");
        assertThat(reward.get("configs").get(0).get("costInPoints").asLong()).isEqualTo(100);
        assertThat(reward.get("revision").asLong()).isEqualTo(1);
        assertThat(accounts.get(accountId).rewardAvailable()).isTrue();

        assertThat(json(cli.run("rewards", "show", id, "--format", "json")).get("id").asString()).isEqualTo(id);
        assertThat(json(cli.run("rewards", "list", "--format", "json")).size()).isEqualTo(1);
        assertThat(cli.run("rewards", "list").out()).contains("Free coffee");

        var stale = cli.run("rewards", "update", id, "--revision", "7", "--name", "Coffee");
        assertThat(stale.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(stale.err()).contains("changed since the requested revision");
        JsonNode updated = json(cli.run("rewards", "update", id, "--revision", "1", "--active", "false", "--format", "json"));
        assertThat(updated.get("active").asBoolean()).isFalse();
        assertThat(updated.get("revision").asLong()).isEqualTo(2);
        assertThat(accounts.get(accountId).rewardAvailable()).isFalse();

        assertThat(cli.run("rewards", "create", "--name", "Bad", "--type", "COUPON_REWARD", "--config", "cost=0")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("rewards", "delete", id, "--revision", "2").exitCode()).isZero();
        assertThat(cli.run("rewards", "show", id).exitCode()).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void couponsAreRedeemedAppliedRefundedAndDeleted() {
        String rewardId = json(cli.run("rewards", "create", "--name", "Free shipping", "--type", "COUPON_REWARD",
                "--coupon-kind", "FREE_SHIPPING", "--config", "cost=200", "--format", "json")).get("id").asString();
        JsonNode coupon = json(cli.run("coupons", "redeem", "--account-id", accountId, "--reward-id", rewardId,
                "--format", "json"));
        String code = coupon.get("code").asString();
        assertThat(coupon.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(coupon.get("costInPoints").asLong()).isEqualTo(200);
        assertThat(coupon.get("transactionId").asString()).isNotBlank();
        assertThat(accounts.get(accountId).points().balance()).isEqualTo(300);
        assertThat(json(cli.run("coupons", "show", "--code", code, "--format", "json")).get("id").asString())
                .isEqualTo(coupon.get("id").asString());
        assertThat(json(cli.run("coupons", "list", "--account-id", accountId, "--format", "json")).size()).isEqualTo(1);

        JsonNode discount = json(cli.run("checkout", "apply", "--checkout-id", "chk-1", "--account-id", accountId,
                "--coupon-code", code, "--format", "json"));
        assertThat(discount.get("type").asString()).isEqualTo("COUPON");
        assertThat(discount.get("status").asString()).isEqualTo("APPLIED");
        var refusedDelete = cli.run("coupons", "delete", coupon.get("id").asString());
        assertThat(refusedDelete.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(refusedDelete.err()).contains("APPLIED");

        JsonNode refunded = json(cli.run("checkout", "refund", "--checkout-id", "chk-1", "--format", "json"));
        assertThat(refunded.get("status").asString()).isEqualTo("REFUNDED");
        JsonNode archived = json(cli.run("coupons", "delete", coupon.get("id").asString(), "--format", "json"));
        assertThat(archived.get("status").asString()).isEqualTo("ARCHIVED");

        var poor = cli.run("coupons", "redeem", "--account-id", accountId, "--reward-id", rewardId);
        assertThat(poor.exitCode()).isZero();
        var broke = cli.run("coupons", "redeem", "--account-id", accountId, "--reward-id", rewardId);
        assertThat(broke.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(broke.err()).contains("insufficient balance");
    }

    @Test
    void flexibleRewardsSpendPointsOnACheckout() {
        String rewardId = json(cli.run("rewards", "create", "--name", "Points off", "--type", "DISCOUNT_AMOUNT",
                "--config", "cost=100,amount=1.00", "--format", "json")).get("id").asString();
        JsonNode discount = json(cli.run("checkout", "apply", "--checkout-id", "chk-9", "--account-id", accountId,
                "--reward-id", rewardId, "--points", "250", "--format", "json"));
        assertThat(discount.get("pointsSpent").asLong()).isEqualTo(250);
        assertThat(discount.get("amount").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(discount.get("checkoutId").asString()).isEqualTo("chk-9");
        assertThat(json(cli.run("checkout", "complete", "--checkout-id", "chk-9", "--format", "json")).get("status")
                .asString()).isEqualTo("COMPLETED");
        JsonNode shown = json(cli.run("checkout", "show", "--checkout-id", "chk-9", "--format", "json"));
        assertThat(shown.size()).isEqualTo(1);
        assertThat(shown.get(0).get("status").asString()).isEqualTo("COMPLETED");
        JsonNode refunded = json(cli.run("checkout", "refund", "--discount-id", discount.get("id").asString(),
                "--format", "json"));
        assertThat(refunded.get("refundTransactionId").asString()).isNotBlank();
        assertThat(accounts.get(accountId).points().balance()).isEqualTo(500);
        assertThat(cli.run("checkout", "apply", "--checkout-id", "chk-9", "--account-id", accountId, "--points", "5")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void earningRulesAreCreatedUpdatedPausedResumedAndDeleted() {
        JsonNode rule = json(cli.run("earning-rules", "create", "--title", "Orders", "--trigger-activity-type",
                "order-paid", "--rate", "money=10,points=1", "--rate", "tier=gold,money=10,points=2", "--format", "json"));
        String id = rule.get("id").asString();
        assertThat(rule.get("kind").asString()).isEqualTo("CONVERSION_RATE");
        assertThat(rule.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(rule.get("configs").get(0).get("moneyAmount").decimalValue()).isEqualByComparingTo("10");
        assertThat(rule.get("configs").get(1).get("points").asLong()).isEqualTo(2);
        assertThat(json(cli.run("earning-rules", "pause", id, "--format", "json")).get("status").asString())
                .isEqualTo("PAUSED");
        assertThat(json(cli.run("earning-rules", "resume", id, "--format", "json")).get("status").asString())
                .isEqualTo("ACTIVE");
        JsonNode updated = json(cli.run("earning-rules", "update", id, "--revision", "3", "--fixed", "points=5",
                "--format", "json"));
        assertThat(updated.get("kind").asString()).isEqualTo("FIXED_AMOUNT");
        assertThat(updated.get("revision").asLong()).isEqualTo(4);
        assertThat(cli.run("earning-rules", "list").out()).contains("Orders");
        assertThat(cli.run("earning-rules", "create", "--title", "Bad", "--trigger-activity-type", "x", "--rate",
                "points=1").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("earning-rules", "delete", id, "--revision", "3").exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(cli.run("earning-rules", "delete", id, "--revision", "4").exitCode()).isZero();
        assertThat(json(cli.run("earning-rules", "list", "--format", "json")).size()).isZero();
    }

    private JsonNode json(CliRunner.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return json.readTree(result.out());
    }
}
