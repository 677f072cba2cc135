package com.loyaltybatch.common;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application clock. Every timestamp the engine writes comes from it, so history can be
 * back-filled and tests are deterministic with {@code loyalty.clock.fixed=<ISO instant>}.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock(@Value("${loyalty.clock.fixed:}") String fixed) {
        if (fixed.isBlank()) {
            // microseconds, what a TIMESTAMP column keeps: an instant answered from memory right
            // after a write equals the one read back later
            return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
        }
        try {
            return Clock.fixed(Instant.parse(fixed.trim()), java.time.ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("loyalty.clock.fixed: not an ISO instant: " + fixed);
        }
    }
}
