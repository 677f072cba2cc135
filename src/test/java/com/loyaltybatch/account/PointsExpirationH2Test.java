package com.loyaltybatch.account;

import com.loyaltybatch.support.LoyaltyTest;

@LoyaltyTest
class PointsExpirationH2Test extends PointsExpirationContract {
}
