package com.loyaltybatch.earning.job;

import com.loyaltybatch.support.LoyaltyTest;

@LoyaltyTest
class EarnFromActivitiesH2Test extends EarnFromActivitiesContract {
}
