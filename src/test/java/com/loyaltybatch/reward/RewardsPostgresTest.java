package com.loyaltybatch.reward;

import com.loyaltybatch.support.PostgresTest;

@PostgresTest
class RewardsPostgresTest extends RewardsContract {
}
