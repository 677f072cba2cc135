package com.loyaltybatch.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import com.loyaltybatch.launch.api.ApiServerSwitch;

/** Metrics are kept where they can be scraped: under {@code serve} with its HTTP server, and nowhere else. */
class MetricsUnderServeTest {

    static final String EXPORT = "management.defaults.metrics.export.enabled";

    @Test
    void serveWithItsServerKeepsMetrics() {
        var environment = environment(Map.of("nonOptionArgs", "serve"));

        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("servlet");
        assertThat(environment.getProperty(EXPORT, Boolean.class, true)).isTrue();
    }

    @Test
    void aShortCommandOrServeWithoutTheApiKeepsNone() {
        assertThat(environment(Map.of("nonOptionArgs", "program,show")).getProperty(EXPORT)).isEqualTo("false");
        assertThat(environment(Map.of("nonOptionArgs", "serve", "loyalty.api.enabled", "false")).getProperty(EXPORT))
                .isEqualTo("false");
    }

    @Test
    void aConfigurationMayStillAskForThem() {
        var environment = environment(Map.of("nonOptionArgs", "program,show", EXPORT, "true"));

        assertThat(environment.getProperty(EXPORT)).isEqualTo("true");
    }

    /** The environment as the switch leaves it, on top of the configuration's {@code web-application-type: none}. */
    private static StandardEnvironment environment(Map<String, Object> properties) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("given", properties));
        environment.getPropertySources().addLast(new MapPropertySource("applicationYml",
                Map.of("spring.main.web-application-type", "none")));
        new ApiServerSwitch().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
