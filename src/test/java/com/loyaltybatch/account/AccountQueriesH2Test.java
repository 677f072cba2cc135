package com.loyaltybatch.account;

import com.loyaltybatch.support.LoyaltyTest;

@LoyaltyTest
class AccountQueriesH2Test extends AccountQueryScenarios {
}
