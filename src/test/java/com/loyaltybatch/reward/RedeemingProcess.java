package com.loyaltybatch.reward;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import com.loyaltybatch.LoyaltyApplication;
import com.loyaltybatch.common.InsufficientBalanceException;

/**
 * A process for the cross-process redemption race: boots the application against the database
 * named on its command line, prints READY, waits for the start signal file, then redeems coupons
 * of one reward for one account as often as asked, counting the refusals for want of points.
 * <p>
 * Arguments: {@code jdbcUrl username password accountId rewardId attempts startFile}.
 */
public final class RedeemingProcess {

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(LoyaltyApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(
                "--loyalty.cli.enabled=false", "--spring.datasource.url=" + args[0],
                "--spring.datasource.username=" + args[1], "--spring.datasource.password=" + args[2])) {
            CouponService coupons = context.getBean(CouponService.class);
            int attempts = Integer.parseInt(args[5]);
            Path start = Path.of(args[6]);
            System.out.println("READY");
            System.out.flush();
            while (!Files.exists(start)) {
                Thread.sleep(5);
            }
            int issued = 0;
            int refused = 0;
            for (int i = 0; i < attempts; i++) {
                try {
                    coupons.redeem(args[3], args[4]);
                    issued++;
                } catch (InsufficientBalanceException e) {
                    refused++;
                }
            }
            System.out.println("DONE issued=" + issued + " refused=" + refused);
        }
    }
}
