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
        @DefaultValue("2") int connections,
        @DefaultValue("0") double rateLimit,
        @DefaultValue Retry retry) {

    /**
     * @param connections parallel SMTP connections, each reused across many messages
     * @param rateLimit   messages per second across all connections; 0 is unlimited
     */
    public MailProperties {
        if (connections < 1 || connections > 64) {
            throw new IllegalArgumentException("loyalty.mail.connections must be 1 to 64, got " + connections);
        }
        if (rateLimit < 0) {
            throw new IllegalArgumentException("loyalty.mail.rate-limit must be 0 (unlimited) or more, got " + rateLimit);
        }
    }

    /** Backoff for transient failures: connection refused or reset, 4xx replies. */
    public record Retry(@DefaultValue("4") int maxRetries, @DefaultValue("1s") Duration delay,
            @DefaultValue("2.0") double multiplier, @DefaultValue("30s") Duration maxDelay) {
    }
}
