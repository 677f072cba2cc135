package com.loyaltybatch.messaging;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages leave: sender addresses, the file outbox used when no SMTP host is configured,
 * and the retry of transient SMTP failures. SMTP itself is configured with the standard
 * {@code spring.mail.*} properties.
 */
@ConfigurationProperties("loyalty.mail")
public record MailProperties(
        @DefaultValue("Loyalty Program <loyalty@example.com>") String from,
        String replyTo,
        @DefaultValue("outbox") Path outbox,
        @DefaultValue Retry retry) {

    /** Backoff for transient failures: connection refused or reset, 4xx replies. */
    public record Retry(@DefaultValue("4") int maxRetries, @DefaultValue("1s") Duration delay,
            @DefaultValue("2.0") double multiplier, @DefaultValue("30s") Duration maxDelay) {
    }
}
