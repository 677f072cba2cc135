package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.statement.DeliveryRepository.Attempt;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.Postgres;
import com.loyaltybatch.support.TestData;

/**
 * Two processes on one period on PostgreSQL, where a failed insert aborts its transaction: a
 * racing insert is decided again in a new one, and a run that lost its claim stops.
 */
@LoyaltyTest
class DeliveryRacePostgresTest {

    static final String PERIOD = "2026-10";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }

    @Autowired
    DeliveryRepository deliveries;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        testData.reset();
    }

    @Test
    void twoProcessesRecordingTheSameAccountAtOnceNeitherFailsAndOneSendsAgainUncertain() throws Exception {
        DeliveryRepository other = new DeliveryRepository(jdbc, named, transactions, clock);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 50; i++) {
                String account = "racing-" + i;
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<Attempt> first = () -> {
                    start.await();
                    return deliveries.begin(PERIOD, account, "r@example.com", "<r@x>", null);
                };
                Callable<Attempt> second = () -> {
                    start.await();
                    return other.begin(PERIOD, account, "r@example.com", "<r@x>", null);
                };
                var one = threads.submit(first);
                var two = threads.submit(second);

                assertThat(List.of(one.get(), two.get())).containsExactlyInAnyOrder(Attempt.FIRST, Attempt.AGAIN);
                assertThat(jdbc.sql("SELECT uncertain FROM statement_delivery WHERE period = ? AND account_id = ?")
                        .params(PERIOD, account).query(Boolean.class).single()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void aRunWhosePeriodWasTakenOverStopsBeforeItsNextMessage() {
        DeliveryRepository restarted = new DeliveryRepository(jdbc, named, transactions, clock);
        deliveries.openRun(PERIOD, 1);
        restarted.openRun(PERIOD, 2);

        assertThatThrownBy(() -> deliveries.begin(PERIOD, "a", "a@example.com", "<a@x>", null))
                .isInstanceOf(ConflictException.class);
        assertThat(restarted.begin(PERIOD, "a", "a@example.com", "<a@x>", null)).isEqualTo(Attempt.FIRST);
        deliveries.closeRun(PERIOD);
        restarted.closeRun(PERIOD);
    }
}
