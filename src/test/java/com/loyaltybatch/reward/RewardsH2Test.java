package com.loyaltybatch.reward;

import com.loyaltybatch.support.LoyaltyTest;

@LoyaltyTest
class RewardsH2Test extends RewardsContract {
}
