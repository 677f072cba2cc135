package com.loyaltybatch.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ContextConfiguration;

/**
 * A {@link LoyaltyTest} on the embedded PostgreSQL server of {@link Postgres} instead of H2,
 * tagged {@code postgres} ({@code ./mvnw test -Dgroups=postgres} runs these). Every such class
 * gets its data source from the same {@link Postgres.DataSourceInitializer}, so classes without
 * further configuration of their own share one application context; like every LoyaltyTest they
 * start each test from {@link TestData#reset()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@LoyaltyTest
@ContextConfiguration(initializers = Postgres.DataSourceInitializer.class)
@Tag("postgres")
public @interface PostgresTest {
}
