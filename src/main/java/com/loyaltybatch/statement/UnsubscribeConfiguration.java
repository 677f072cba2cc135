package com.loyaltybatch.statement;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The opt-out links of statements and the verifier of their tokens: beans of every process, so
 * that {@code serve}'s opt-out page verifies what the statement job signed.
 */
@Configuration(proxyBeanMethods = false)
class UnsubscribeConfiguration {

    @Bean
    UnsubscribeTokens unsubscribeTokens(StatementProperties properties) {
        return new UnsubscribeTokens(properties.unsubscribe().secret());
    }

    @Bean
    UnsubscribeLinks unsubscribeLinks(@Value("${loyalty.public-url:}") String publicUrl, StatementProperties properties,
            UnsubscribeTokens tokens) {
        return new UnsubscribeLinks(publicUrl, properties.unsubscribe(), tokens);
    }
}
