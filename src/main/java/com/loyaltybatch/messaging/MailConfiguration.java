package com.loyaltybatch.messaging;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * SMTP when {@code spring.mail.host} is set (Spring Boot then configures the mail sender),
 * otherwise the file outbox.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    /**
     * Jakarta Mail looks its stream provider up again for every body part, multipart and encoded
     * stream it creates; without a name to go by it scans the class path with a ServiceLoader each
     * time, which inside the executable jar cost more than building and sending the message
     * itself. Naming the one provider on the class path (unless the JVM was given another) makes
     * it a plain class look-up.
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    @Bean
    MailTransport mailTransport(ObjectProvider<JavaMailSenderImpl> smtp, MailProperties properties, Clock clock,
            MimeWriter mime, MeterRegistry meters) {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
        JavaMailSenderImpl sender = smtp.getIfAvailable();
        return sender != null ? new SmtpMailTransport(sender, properties, clock, meters)
                : new FileOutboxTransport(properties.outbox(), mime);
    }
}
