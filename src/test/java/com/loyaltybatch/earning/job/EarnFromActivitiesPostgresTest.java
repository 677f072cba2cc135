package com.loyaltybatch.earning.job;

import com.loyaltybatch.support.PostgresTest;

@PostgresTest
class EarnFromActivitiesPostgresTest extends EarnFromActivitiesContract {
}
