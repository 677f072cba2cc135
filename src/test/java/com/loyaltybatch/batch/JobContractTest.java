package com.loyaltybatch.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import com.loyaltybatch.batch.JobContract.TextForm;
import com.loyaltybatch.common.InvalidInputException;

class JobContractTest {

    enum Kind { FIXED, RATE }

    record Config(String tier, long points) {

        static Config parse(String text) {
            String[] parts = text.split(":");
            return new Config(parts[0], Long.parseLong(parts[1]));
        }

        String text() {
            return tier + ":" + points;
        }
    }

    record Details(String description, @Nullable String orderId) {

        Details {
            if (description.isBlank()) {
                throw InvalidInputException.field("description", "required");
            }
        }
    }

    record Request(String accountId, long amount, int months, boolean dryRun, @Nullable Boolean active,
            @Nullable BigDecimal money, @Nullable Kind kind, @Nullable List<Config> configs, Details details) {
    }

    static final JobContract<Request, String> CONTRACT = JobContract.of("sample-job", Request.class, "transactionId",
            String.class, new TextForm<>(Config.class, Config::parse, Config::text));

    final Request full = new Request("acc-1", 120, 6, true, false, new BigDecimal("12.50"), Kind.RATE,
            List.of(new Config("gold", 5), new Config("silver", 3)), new Details("Order 1001", "1001"));

    @Test
    void aRequestTravelsAsParametersNamedLikeItsFieldsAndComesBackEqual() {
        var parameters = CONTRACT.toParameters(full);

        assertThat(parameters.getString("accountId")).isEqualTo("acc-1");
        assertThat(parameters.getLong("amount")).isEqualTo(120L);
        assertThat(parameters.getLong("months")).isEqualTo(6L);
        assertThat(parameters.getString("dryRun")).isEqualTo("true");
        assertThat(parameters.getString("money")).isEqualTo("12.50");
        assertThat(parameters.getString("kind")).isEqualTo("RATE");
        assertThat(parameters.getString("configs")).isEqualTo("gold:5;silver:3");
        assertThat(parameters.getString("description")).isEqualTo("Order 1001");
        assertThat(CONTRACT.fromParameters(parameters)).isEqualTo(full);
        assertThat(CONTRACT.keys()).containsExactly("accountId", "amount", "months", "dryRun", "active", "money",
                "kind", "configs", "description", "orderId");
        assertThat(CONTRACT.requiredKeys()).containsExactly("accountId", "amount", "months", "description");
    }

    @Test
    void whatMayBeLeftOutIsLeftOutAndReadsAsNullOrFalse() {
        var sparse = new Request("acc-1", 1, 1, false, null, null, null, null, new Details("x", null));
        var parameters = CONTRACT.toParameters(sparse);

        assertThat(parameters.getParameter("active")).isNull();
        assertThat(parameters.getParameter("dryRun")).isNull();
        assertThat(parameters.getParameter("orderId")).isNull();
        assertThat(CONTRACT.fromParameters(parameters)).isEqualTo(sparse);
    }

    @Test
    void textAsRunGivesItReadsIntoTheSameRequest() {
        var given = Map.of("accountId", "acc-1", "amount", "120", "months", "6", "dryRun", "TRUE", "active", "false",
                "money", "12.50", "kind", "rate", "configs", "gold:5;silver:3", "description", "Order 1001",
                "orderId", "1001");

        assertThat(CONTRACT.fromText(given)).isEqualTo(full);
    }

    @Test
    void textWithAnUnknownKeyAMissingOneOrABadValueIsRefusedNamingIt() {
        var base = Map.of("accountId", "a", "amount", "1", "months", "1", "description", "x");

        assertThatThrownBy(() -> CONTRACT.fromText(with(base, "colour", "red")))
                .hasMessage("colour: not a parameter of sample-job (known: accountId, amount, months, dryRun, active,"
                        + " money, kind, configs, description, orderId)");
        assertThatThrownBy(() -> CONTRACT.fromText(Map.of("accountId", "a", "months", "1", "description", "x")))
                .hasMessage("amount: required");
        assertThatThrownBy(() -> CONTRACT.fromText(with(base, "amount", "ten")))
                .hasMessage("amount: not a whole number: ten");
        assertThatThrownBy(() -> CONTRACT.fromText(with(base, "dryRun", "yes")))
                .hasMessage("dryRun: true or false, got yes");
        assertThatThrownBy(() -> CONTRACT.fromText(with(base, "kind", "other")))
                .hasMessage("kind: one of [FIXED, RATE], got other");
        assertThatThrownBy(() -> CONTRACT.fromText(with(base, "description", " ")))
                .isInstanceOf(InvalidInputException.class).hasMessage("description: required");
    }

    @Test
    void theValidatorRefusesUnknownAndMissingParametersAndInvalidRequestsBeforeAJobStarts() throws Exception {
        var validator = CONTRACT.validator();
        validator.validate(new JobParametersBuilder(CONTRACT.toParameters(full))
                .addString(ManagementJobs.LAUNCH_ID, "x").toJobParameters());

        assertThatThrownBy(() -> validator.validate(new JobParametersBuilder(CONTRACT.toParameters(full))
                .addString("colour", "red").toJobParameters()))
                .isInstanceOf(InvalidJobParametersException.class).hasMessageStartingWith("unknown parameter(s) [colour]");
        assertThatThrownBy(() -> validator.validate(new JobParametersBuilder().addString("accountId", "a")
                .toJobParameters()))
                .isInstanceOf(InvalidJobParametersException.class)
                .hasMessage("missing required parameter(s) [amount, months, description]");
        assertThatThrownBy(() -> validator.validate(new JobParametersBuilder(CONTRACT.toParameters(full))
                .addString("description", " ").toJobParameters()))
                .isInstanceOf(InvalidJobParametersException.class).hasMessage("description: required");
    }

    @Test
    void theResultIsNotedUnderItsKey() {
        var context = new ExecutionContext();
        CONTRACT.putResult(context, "tx-1");

        assertThat(context.getString("transactionId")).isEqualTo("tx-1");
        assertThat(CONTRACT.result(context)).isEqualTo("tx-1");
        assertThat(CONTRACT.result(new ExecutionContext())).isNull();
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        var copy = new java.util.HashMap<>(base);
        copy.put(key, value);
        return copy;
    }
}
