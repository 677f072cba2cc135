package com.loyaltybatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.support.LoyaltyTest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;

/**
 * A process without the HTTP server (every command but {@code serve}) has nobody to read its
 * metrics, so it keeps no registry: its meters are no-ops and a short command pays nothing for them.
 */
@LoyaltyTest
class MetricsOffTheServerTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void aCommandWithoutTheServerKeepsNoMeters() {
        assertThat(meters).isInstanceOf(CompositeMeterRegistry.class);
        assertThat(((CompositeMeterRegistry) meters).getRegistries()).isEmpty();

        meters.counter("loyalty.statement.messages", "period", "2026-10", "outcome", "sent").increment();

        assertThat(meters.find("loyalty.statement.messages").counter().count()).isZero();
    }
}
