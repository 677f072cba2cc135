package com.loyaltybatch.launch.api;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the HTTP server only under {@code serve}: every other command is a short process with no
 * web server (the configuration's {@code spring.main.web-application-type: none}). With
 * {@code loyalty.api.enabled=false} {@code serve} runs the schedules alone.
 * <p>
 * Metrics are only read through the server ({@code /actuator/prometheus}), so a process without
 * one keeps no meter registry: its meters are no-ops and a short command pays nothing for them
 * ({@code management.defaults.metrics.export.enabled}, which a configuration may still set).
 */
public class ApiServerSwitch implements EnvironmentPostProcessor {

    static final String METRICS_EXPORT = "management.defaults.metrics.export.enabled";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String commands = environment.getProperty("nonOptionArgs", "");
        boolean serve = commands.equals("serve") || commands.startsWith("serve,");
        if (serve && environment.getProperty("loyalty.api.enabled", Boolean.class, true)) {
            environment.getPropertySources().addFirst(new MapPropertySource("loyaltyApiServer",
                    Map.of("spring.main.web-application-type", "servlet")));
        }
        if ("none".equalsIgnoreCase(environment.getProperty("spring.main.web-application-type", ""))) {
            environment.getPropertySources().addLast(new MapPropertySource("loyaltyNoServerMetrics",
                    Map.of(METRICS_EXPORT, "false")));
        }
    }
}
