package com.loyaltybatch.earning.job;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.Postgres;

@LoyaltyTest
class EarnFromActivitiesPostgresTest extends EarnFromActivitiesContract {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Postgres.register(registry);
    }
}
