package com.loyaltybatch.account;

import static org.assertj.core.api.Assertions.assertThat;

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

import com.loyaltybatch.support.ChildJvm;
import com.loyaltybatch.support.TestData;

/**
 * Two operating-system processes crediting the same idempotency keys on one account at the
 * same moment: every key is credited exactly once.
 */
abstract class CrossProcessRaceContract {

    static final int KEYS = 150;

    @Autowired
    TestData testData;

    @Autowired
    AccountService accounts;


    @Autowired

    PointsLedger ledger;

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
    void twoProcessesRacingWithTheSameKeysCreditEachKeyOnce(@TempDir Path dir) throws Exception {
        var account = testData.account();
        Path start = dir.resolve("go");
        List<Process> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            racers.add(ChildJvm.start(dir.resolve("racer-" + i + ".log"), RacingProcess.class, url, username, password,
                    account.id(), Integer.toString(KEYS), start.toString()));
        }
        waitUntilReady(dir, racers);
        Files.createFile(start);
        for (Process racer : racers) {
            assertThat(racer.waitFor(180, TimeUnit.SECONDS)).as("racer finished").isTrue();
            assertThat(racer.exitValue()).as(Files.readString(dir.resolve("racer-" + racers.indexOf(racer) + ".log")))
                    .isZero();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM points_transaction WHERE account_id = ?").param(account.id())
                .query(Long.class).single()).isEqualTo(KEYS);
        var after = accounts.get(account.id());
        assertThat(after.points().balance()).isEqualTo(KEYS * 10L).isEqualTo(ledger.ledgerSum(account.id()));
        assertThat(after.revision()).isEqualTo(account.revision() + KEYS);
    }

    /** Waits until every racer has booted and waits for the start signal. */
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
