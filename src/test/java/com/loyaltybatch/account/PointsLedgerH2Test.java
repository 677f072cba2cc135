package com.loyaltybatch.account;

import com.loyaltybatch.support.LoyaltyTest;

@LoyaltyTest
class PointsLedgerH2Test extends PointsLedgerContract {
}
