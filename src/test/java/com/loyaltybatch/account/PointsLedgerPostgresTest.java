package com.loyaltybatch.account;

import com.loyaltybatch.support.PostgresTest;

@PostgresTest
class PointsLedgerPostgresTest extends PointsLedgerContract {
}
