package com.loyaltybatch.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server for the whole test run (no installed server needed). A Spring
 * test class runs against it as a {@link PostgresTest}; a test that starts processes of its own
 * takes the JDBC URL from {@link #server()}.
 */
public final class Postgres {

    private static EmbeddedPostgres server;

    private Postgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }));
        }
        return server;
    }

    /**
     * Points the application's data source at the server's {@code postgres} database, ahead of
     * every other property source (the H2 URL of {@link LoyaltyTest} included). One class for
     * every {@link PostgresTest}, so those classes share the cached application context that the
     * rest of their configuration allows.
     */
    public static final class DataSourceInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("embedded PostgreSQL", Map.of(
                    "spring.datasource.url", server().getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username", "postgres",
                    "spring.datasource.password", "")));
        }
    }
}
