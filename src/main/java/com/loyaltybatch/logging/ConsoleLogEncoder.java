package com.loyaltybatch.logging;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.logging.logback.StructuredLogEncoder;

import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;

import com.loyaltybatch.report.EmailMasking;

/**
 * The console's encoder in {@code logback-spring.xml}: Spring Boot's structured format when one
 * is named ({@code logging.structured.format.console}: {@code ecs}, {@code logstash}, {@code gelf}
 * or a formatter class), one JSON object a line, otherwise the text {@code pattern}. A custom
 * logback configuration otherwise loses Boot's structured console, which only its own default
 * configuration sets up. Text lines are masked here; JSON values by {@link MaskedEmailsInJson}.
 */
public class ConsoleLogEncoder extends EncoderBase<ILoggingEvent> {

    private String format;
    private String pattern;
    private Charset charset = StandardCharsets.UTF_8;
    private StructuredLogEncoder structured;
    private PatternLayout text;

    public void setFormat(String format) {
        this.format = format;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public void setCharset(Charset charset) {
        this.charset = charset;
    }

    @Override
    public void start() {
        if (format != null && !format.isBlank()) {
            structured = new StructuredLogEncoder();
            structured.setContext(getContext());
            structured.setFormat(format.strip());
            structured.setCharset(charset);
            structured.start();
        } else {
            text = new PatternLayout();
            text.setContext(getContext());
            text.setPattern(pattern);
            text.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        if (structured != null) {
            structured.stop();
        }
        if (text != null) {
            text.stop();
        }
        super.stop();
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        if (structured != null) {
            return structured.encode(event);
        }
        return EmailMasking.maskAll(text.doLayout(event)).getBytes(charset);
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
