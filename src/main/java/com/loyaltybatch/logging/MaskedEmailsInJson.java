package com.loyaltybatch.logging;

import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

import com.loyaltybatch.report.EmailMasking;

/**
 * Masks email addresses in every text value of a structured log line (the message, an
 * exception's message and stack trace, key-value pairs), whatever the format. Registered in
 * {@code META-INF/spring.factories}, where Spring Boot looks its structured logging customizers up.
 */
public class MaskedEmailsInJson implements StructuredLoggingJsonMembersCustomizer<Object> {

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, EmailMasking::maskAll));
    }
}
