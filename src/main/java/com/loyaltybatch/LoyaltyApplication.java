package com.loyaltybatch;

import java.io.PrintWriter;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import com.loyaltybatch.launch.cli.QuickAnswers;

/** Entry point: {@code java -jar loyalty.jar <command> ...}. See {@link com.loyaltybatch.launch}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LoyaltyApplication {

    public static void main(String[] args) {
        var quick = QuickAnswers.answer(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        if (quick.isPresent()) {
            System.exit(quick.getAsInt());
        }
        System.exit(SpringApplication.exit(SpringApplication.run(LoyaltyApplication.class, args)));
    }
}
