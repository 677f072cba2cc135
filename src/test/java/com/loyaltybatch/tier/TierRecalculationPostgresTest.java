package com.loyaltybatch.tier;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.Postgres;

@LoyaltyTest
class TierRecalculationPostgresTest extends TierRecalculationContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
