package com.loyaltybatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.loyaltybatch.support.LoyaltyTest;

@LoyaltyTest
class DemoJobH2Tests extends DemoJobTests {

    @Test
    void theSameSeedGivesTheSameData() {
        run("demo", "--accounts", "300", "--seed", "7");
        String first = fingerprint();
        testData.reset();

        run("demo", "--accounts", "300", "--seed", "7");

        assertThat(fingerprint()).isEqualTo(first);
        testData.reset();
        run("demo", "--accounts", "300", "--seed", "8");
        assertThat(fingerprint()).isNotEqualTo(first);
    }

    @Test
    void refusesAnAccountCountOutsideOneToTenMillion() {
        assertThat(run("demo", "--accounts", "0").exitCode()).isEqualTo(2);
        Run tooMany = run("demo", "--accounts", "10000001");
        assertThat(tooMany.exitCode()).isEqualTo(2);
        assertThat(tooMany.err()).isEqualTo("error: demo: accounts: must be 1 to 10,000,000, got 10000001\n");
        assertThat(count("contact")).isZero();
    }

    @Test
    void printsTheCountsAsJson() {
        Run run = run("demo", "--accounts", "50", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"contacts\" : 50", "\"accounts\" : 50", "\"transactions\" : "
                + count("points_transaction"), "\"month\" : \"2026-10\"", "\"status\" : \"ACTIVE\"");
    }

    private String fingerprint() {
        return String.join("\n", jdbc.sql("""
                SELECT c.id || ' ' || COALESCE(c.email, '-') || ' ' || a.id || ' ' || a.balance || ' ' || a.revision
                FROM contact c JOIN loyalty_account a ON a.contact_id = c.id ORDER BY c.id""")
                .query(String.class).list())
                + jdbc.sql("SELECT SUM(amount) || '/' || COUNT(*) FROM points_transaction").query(String.class).single();
    }
}
