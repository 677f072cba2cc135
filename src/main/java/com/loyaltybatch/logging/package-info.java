/**
 * The console log: lines of text for people, or Spring Boot's structured JSON (ECS, Logstash,
 * GELF) for log shippers with {@code logging.structured.format.console}, on stderr either way.
 * Email addresses are masked in every line ({@link com.loyaltybatch.report.EmailMasking}), whoever
 * logged them: an SMTP reply names its recipient. Knows no loyalty types.
 */
package com.loyaltybatch.logging;
