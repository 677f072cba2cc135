package com.loyaltybatch.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The console's two shapes, text and structured JSON, both with email addresses masked. */
class ConsoleLogEncoderTest {

    static final String REPLY = "550 5.1.1 <bob.smith@example.com>: Recipient address rejected";

    @Test
    void withoutAFormatALineOfTextWithTheAddressesMasked() {
        String line = encode(null, event(REPLY, null));

        assertThat(line).isEqualTo("WARN statement - Statement rejected: 550 5.1.1 <b***@example.com>: Recipient"
                + " address rejected" + System.lineSeparator());
    }

    @Test
    void anExceptionsTextIsMaskedToo() {
        String line = encode(null, event("Send failed", new IllegalStateException("no mailbox ada@example.com")));

        assertThat(line).contains("IllegalStateException: no mailbox a***@example.com").doesNotContain("ada@");
    }

    @Test
    void withEcsOneJsonObjectWithTheAddressesMaskedInEveryValue() {
        String line = encode("ecs", event(REPLY, new IllegalStateException("no mailbox ada@example.com")));

        JsonNode json = JsonMapper.builder().build().readTree(line);
        assertThat(json.get("message").asString()).isEqualTo("Statement rejected: " + REPLY.replace("bob.smith@",
                "b***@"));
        assertThat(json.at("/log/level").asString()).isEqualTo("WARN");
        assertThat(json.at("/error/message").asString()).isEqualTo("no mailbox a***@example.com");
        assertThat(json.at("/error/stack_trace").asString()).contains("a***@example.com");
        assertThat(line).doesNotContain("bob.smith@", "ada@").endsWith("\n");
    }

    final LoggerContext context = new LoggerContext();

    ConsoleLogEncoderTest() {
        context.setMDCAdapter(new LogbackMDCAdapter());
        // Spring Boot's structured formats read the application's environment from the context
        context.putObject(Environment.class.getName(), new StandardEnvironment());
    }

    /** A warning of the logger {@code statement}; a message starting with an SMTP reply is its argument. */
    @Test
    void logstashAndGelfAreMaskedAsWell() {
        for (String format : new String[] {"logstash", "gelf"}) {
            String line = encode(format, event(REPLY, new IllegalStateException("no mailbox ada@example.com")));

            JsonNode json = JsonMapper.builder().build().readTree(line);
            assertThat(json.isObject()).as(line).isTrue();
            assertThat(line).as(format).contains("b***@example.com", "a***@example.com")
                    .doesNotContain("bob.smith@", "ada@");
        }
    }

    private LoggingEvent event(String message, Throwable failure) {
        boolean reply = message.startsWith("550");
        return new LoggingEvent("test", context.getLogger("statement"), Level.WARN,
                reply ? "Statement rejected: {}" : message, failure, reply ? new Object[] {message} : null);
    }

    private String encode(String format, LoggingEvent event) {
        var encoder = new ConsoleLogEncoder();
        encoder.setContext(context);
        encoder.setFormat(format);
        encoder.setPattern("%-4level %logger - %msg%n");
        encoder.start();
        try {
            return new String(encoder.encode(event), StandardCharsets.UTF_8);
        } finally {
            encoder.stop();
        }
    }
}
