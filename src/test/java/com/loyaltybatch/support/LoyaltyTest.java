package com.loyaltybatch.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test against the whole application on an in-memory H2 database, with the command line
 * runner off and the clock fixed at {@link TestData#NOW}. Tests start from {@link TestData#reset()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "loyalty.cli.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:loyalty-test;DB_CLOSE_DELAY=-1",
        "loyalty.clock.fixed=2026-11-15T10:00:00Z"})
@Import({TestData.class, CliRunner.class, Ledger.class})
public @interface LoyaltyTest {
}
