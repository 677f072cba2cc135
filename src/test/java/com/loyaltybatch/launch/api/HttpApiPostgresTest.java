package com.loyaltybatch.launch.api;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ContextConfiguration;

import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.Postgres;

/** The HTTP API's checks again on the embedded PostgreSQL server. */
@HttpApiTest
@ContextConfiguration(initializers = Postgres.DataSourceInitializer.class)
@Tag("postgres")
class HttpApiPostgresTest extends com.loyaltybatch.launch.api.HttpApiTest {
}
