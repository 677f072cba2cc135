package com.loyaltybatch.account;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import com.loyaltybatch.LoyaltyApplication;

/**
 * A second (or third) process for the cross-process race tests: boots the application against
 * the database named on its command line, waits for the start signal file, then credits the
 * same idempotency keys as its rivals. Prints READY once booted.
 * <p>
 * Arguments: {@code jdbcUrl username password accountId keyCount startFile}.
 */
public final class RacingProcess {

    public static void main(String[] args) throws Exception {
        SpringApplication application = new SpringApplication(LoyaltyApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext context = application.run(
                "--loyalty.cli.enabled=false", "--spring.datasource.url=" + args[0],
                "--spring.datasource.username=" + args[1], "--spring.datasource.password=" + args[2])) {
            PointsLedger ledger = context.getBean(PointsLedger.class);
            String accountId = args[3];
            int keys = Integer.parseInt(args[4]);
            Path start = Path.of(args[5]);
            System.out.println("READY");
            System.out.flush();
            while (!Files.exists(start)) {
                Thread.sleep(5);
            }
            for (int i = 0; i < keys; i++) {
                ledger.earn(accountId, new EarnRequest(10, "Race", "race-" + i, null, null, null));
            }
            System.out.println("DONE");
        }
    }
}
