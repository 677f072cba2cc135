package com.loyaltybatch.launch.api;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ContextConfiguration;

import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.Postgres;

/** The Wix SDK against the server on the embedded PostgreSQL server. */
@HttpApiTest
@ContextConfiguration(initializers = Postgres.DataSourceInitializer.class)
@Tag("postgres")
class ApiSdkConformancePostgresTest extends ApiSdkConformanceTest {
}
