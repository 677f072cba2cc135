package com.loyaltybatch.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the HTTP API of a real server on a random port (as {@code serve} runs it), on an
 * in-memory H2 database with the clock fixed at {@link TestData#NOW}. Find the port with
 * {@code @LocalServerPort} and call it with {@link ApiClient}. The dashboard has one user,
 * {@value #DASHBOARD_USER} with the password {@value #DASHBOARD_PASSWORD}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "loyalty.cli.enabled=false",
        "loyalty.api.imports.folder=target/test-imports",
        "spring.main.web-application-type=servlet",
        "spring.datasource.url=jdbc:h2:mem:loyalty-api-test;DB_CLOSE_DELAY=-1",
        "loyalty.clock.fixed=2026-11-15T10:00:00Z",
        "loyalty.dashboard.users." + HttpApiTest.DASHBOARD_USER + "=" + HttpApiTest.DASHBOARD_PASSWORD_HASH})
@Import({TestData.class, CliRunner.class, Ledger.class})
public @interface HttpApiTest {

    String DASHBOARD_USER = "ops";
    String DASHBOARD_PASSWORD = "dashboard-test-password";
    /** {@code loyalty hash-password} of {@link #DASHBOARD_PASSWORD}. */
    String DASHBOARD_PASSWORD_HASH = "{bcrypt}$2a$10$JvnGFW5VAmxOW1/gLNP3W.xAyiGaj447dYxmCs09H3tCLiY2pdCwm";
}
