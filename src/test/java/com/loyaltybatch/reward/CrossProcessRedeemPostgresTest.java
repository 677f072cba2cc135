package com.loyaltybatch.reward;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.support.ChildJvm;
import com.loyaltybatch.support.PostgresTest;
import com.loyaltybatch.support.TestData;

/**
 * Two operating-system processes redeeming coupons of one account at the same moment, more
 * often than its points allow: every coupon has its points taken, no points are taken twice,
 * and the balance never goes below zero.
 */
@PostgresTest
class CrossProcessRedeemPostgresTest {

    @Autowired
    TestData testData;

    @Autowired
    AccountService accounts;


    @Autowired

    PointsLedger ledger;

    @Autowired
    RewardService rewards;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username:sa}")
    String username;

    @Value("${spring.datasource.password:}")
    String password;

    @BeforeEach
    void activeProgram() {
        testData.reset();
        testData.activeProgram();
    }

    @Test
    void twoProcessesRedeemingTheSamePointsNeverSpendThemTwice(@TempDir Path dir) throws Exception {
        var account = testData.account();
        ledger.earn(account.id(), new EarnRequest(1000, "Welcome", "welcome", null, null, null));
        var reward = rewards.create(new RewardDraft("Free coffee", true, RewardType.COUPON_REWARD, CouponKind.FIXED_AMOUNT,
                null, null, List.of(new TierConfig(null, 30, new BigDecimal("3.00")))));
        Path start = dir.resolve("go");
        List<Process> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(ChildJvm.start(dir.resolve("racer-" + i + ".log"), RedeemingProcess.class, url, username, password,
                    account.id(), reward.id(), "25", start.toString()));
        }
        waitUntilReady(dir, racers);
        Files.createFile(start);
        for (int i = 0; i < racers.size(); i++) {
            assertThat(racers.get(i).waitFor(180, TimeUnit.SECONDS)).as("racer finished").isTrue();
            assertThat(racers.get(i).exitValue()).as(Files.readString(dir.resolve("racer-" + i + ".log"))).isZero();
        }
        long coupons = jdbc.sql("SELECT COUNT(*) FROM coupon WHERE account_id = ?").param(account.id())
                .query(Long.class).single();
        long redeems = jdbc.sql("SELECT COUNT(*) FROM points_transaction WHERE account_id = ? AND transaction_type = 'REDEEM'")
                .param(account.id()).query(Long.class).single();
        assertThat(coupons).isEqualTo(33).isEqualTo(redeems);
        var after = accounts.get(account.id());
        assertThat(after.points().balance()).isEqualTo(10).isEqualTo(ledger.ledgerSum(account.id()));
        assertThat(after.points().redeemed()).isEqualTo(990);
        assertThat(after.rewardAvailable()).isFalse();
    }

    private static void waitUntilReady(Path dir, List<Process> racers) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            boolean allReady = true;
            for (int i = 0; i < racers.size(); i++) {
                Path log = dir.resolve("racer-" + i + ".log");
                if (!racers.get(i).isAlive()) {
                    throw new AssertionError("racer " + i + " died: " + Files.readString(log));
                }
                allReady &= Files.exists(log) && Files.readString(log).contains("READY");
            }
            if (allReady) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("racers did not boot in time");
    }
}
