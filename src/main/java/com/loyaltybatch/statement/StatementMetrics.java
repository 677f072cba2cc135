package com.loyaltybatch.statement;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The statement's deliveries as they happen, for {@code /actuator/prometheus}: the counter
 * {@value #MESSAGES} tagged {@code period} and {@code outcome} ({@code sent}: accepted by the
 * server; {@code failed}: rejected for good; {@code uncertain}: an attempt left in doubt by an
 * earlier run, sent again). They count what this process did since it started; the delivery
 * records stay the account of a period.
 */
@Component
class StatementMetrics {

    static final String MESSAGES = "loyalty.statement.messages";

    private final MeterRegistry registry;

    StatementMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The counters of one period. */
    Outcomes period(String period) {
        return new Outcomes(counter(period, "sent"), counter(period, "failed"), counter(period, "uncertain"));
    }

    private Counter counter(String period, String outcome) {
        return Counter.builder(MESSAGES).description("Statement messages by period and outcome")
                .tag("period", period).tag("outcome", outcome).register(registry);
    }

    record Outcomes(Counter sent, Counter failed, Counter uncertain) {
    }
}
