package com.loyaltybatch.account;

import com.loyaltybatch.support.PostgresTest;

@PostgresTest
class PointsExpirationPostgresTest extends PointsExpirationContract {
}
