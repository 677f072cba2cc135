package com.loyaltybatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point: {@code java -jar loyalty.jar <command> ...}. See {@link com.loyaltybatch.launch}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LoyaltyApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(LoyaltyApplication.class, args)));
    }
}
