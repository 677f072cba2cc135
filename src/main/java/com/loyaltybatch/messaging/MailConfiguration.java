package com.loyaltybatch.messaging;

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
    MailTransport mailTransport(ObjectProvider<JavaMailSenderImpl> smtp, MailProperties properties) {
        JavaMailSenderImpl sender = smtp.getIfAvailable();
        return sender != null ? new SmtpMailTransport(sender, properties) : new FileOutboxTransport(properties);
    }
}
