package com.loyaltybatch.messaging;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP when {@code spring.mail.host} is set (Spring Boot then configures the mail sender),
 * otherwise the file outbox.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSenderImpl> smtp, MailProperties properties, Clock clock) {
        JavaMailSenderImpl sender = smtp.getIfAvailable();
        return sender != null ? new SmtpMailTransport(sender, properties, clock)
                : new FileOutboxTransport(properties, clock);
    }
}
