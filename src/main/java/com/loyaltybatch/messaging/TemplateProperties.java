package com.loyaltybatch.messaging;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where message templates are read from. Templates in {@code path} (one folder per message)
 * win over the copies bundled in the jar, so operators edit them without a rebuild.
 */
@ConfigurationProperties("loyalty.templates")
public record TemplateProperties(@DefaultValue("templates") Path path) {
}
