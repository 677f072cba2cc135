package com.loyaltybatch.tier;

import com.loyaltybatch.support.PostgresTest;

@PostgresTest
class TierRecalculationPostgresTest extends TierRecalculationContract {
}
