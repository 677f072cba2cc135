package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.statement.DeliveryRepository.Attempt;
import com.loyaltybatch.support.PostgresTest;
import com.loyaltybatch.support.TestData;

/**
 * Two processes on one period on PostgreSQL, where a failed insert aborts its transaction: a
 * racing insert is decided again in a new one, and a run that lost its claim stops.
 */
@PostgresTest
class DeliveryRacePostgresTest {

    static final String PERIOD = "2026-10";

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
        for (String account : DeliveryRace.recordTogether(deliveries, anotherProcess(), PERIOD)) {
            assertThat(jdbc.sql("SELECT uncertain FROM statement_delivery WHERE period = ? AND account_id = ?")
                    .params(PERIOD, account).query(Boolean.class).single()).isTrue();
        }
    }

    @Test
    void aRunWhosePeriodWasTakenOverStopsBeforeItsNextMessage() {
        DeliveryRepository restarted = anotherProcess();
        deliveries.openRun(PERIOD, 1);
        restarted.openRun(PERIOD, 2);

        assertThatThrownBy(() -> deliveries.begin(PERIOD, "a", "a@example.com", "<a@x>", null))
                .isInstanceOf(ConflictException.class);
        assertThat(restarted.begin(PERIOD, "a", "a@example.com", "<a@x>", null)).isEqualTo(Attempt.FIRST);
        deliveries.closeRun(PERIOD);
        restarted.closeRun(PERIOD);
    }

    private DeliveryRepository anotherProcess() {
        return new DeliveryRepository(jdbc, named, transactions, clock);
    }
}
