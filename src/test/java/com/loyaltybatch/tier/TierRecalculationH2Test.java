package com.loyaltybatch.tier;

import com.loyaltybatch.support.LoyaltyTest;

@LoyaltyTest
class TierRecalculationH2Test extends TierRecalculationContract {
}
