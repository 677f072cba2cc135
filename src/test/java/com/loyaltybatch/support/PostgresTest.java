package com.loyaltybatch.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * A {@link LoyaltyTest} on the embedded PostgreSQL server of {@link Postgres} instead of H2.
 * Every such class gets its data source from the same {@link Postgres.DataSourceInitializer}, so
 * classes without further configuration of their own share one application context; like every
 * LoyaltyTest they start each test from {@link TestData#reset()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@LoyaltyTest
@ContextConfiguration(initializers = Postgres.DataSourceInitializer.class)
public @interface PostgresTest {
}
