package com.loyaltybatch.demo;

import com.loyaltybatch.support.PostgresTest;

@PostgresTest
class DemoJobPostgresTests extends DemoJobTests {
}
