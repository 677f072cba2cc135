package com.loyaltybatch.statement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the monthly statement ({@code loyalty.statement.*}).
 *
 * @param audience            {@code all} accounts with a subscribed email, or only {@code members}
 * @param chunkSize           accounts per chunk (one transaction, one set of enrichment queries)
 * @param pageSize            accounts per keyset page read from the database
 * @param maxFailedDeliveries permanent failures one execution tolerates before it stops FAILED
 * @param recentTransactions  how many of the period's transactions the message lists
 * @param messageIdDomain     right-hand side of the deterministic Message-ID
 */
@ConfigurationProperties("loyalty.statement")
public record StatementProperties(
        @DefaultValue("all") Audience audience,
        @DefaultValue("500") int chunkSize,
        @DefaultValue("500") int pageSize,
        @DefaultValue("100") int maxFailedDeliveries,
        @DefaultValue("5") int recentTransactions,
        @DefaultValue("loyalty.example.com") String messageIdDomain,
        @DefaultValue Unsubscribe unsubscribe) {

    public enum Audience {
        all, members
    }

    /**
     * How members opt out. {@code mailto} is an address for List-Unsubscribe (empty: none);
     * {@code url} a link with a {@code {token}} placeholder for the signed per-contact and period
     * token, overriding the default {@code <loyalty.public-url>/unsubscribe/{token}}; {@code secret}
     * (from the environment, at least 32 bytes) signs the tokens. With a link, List-Unsubscribe-Post
     * is added (see {@link UnsubscribeLinks}).
     */
    public record Unsubscribe(String mailto, String url, String secret) {
    }
}
