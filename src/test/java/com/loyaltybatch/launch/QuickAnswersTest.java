package com.loyaltybatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import com.loyaltybatch.launch.cli.QuickAnswers;

/** Help, version and usage errors are answered before the application (and its database) starts. */
class QuickAnswersTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private OptionalInt answer(String... args) {
        return QuickAnswers.answer(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpOfTheProgramAndOfAnyCommandIsAnsweredWithoutTheApplication() {
        for (String[] command : new String[][] {{"--help"}, {"-h"}, {"program", "--help"}, {"points", "earn", "--help"},
                {"run", "--help"}, {"contacts", "import", "--help"}, {"--spring.datasource.url=jdbc:h2:mem:x", "status", "--help"}}) {
            out.getBuffer().setLength(0);
            assertThat(answer(command)).as(String.join(" ", command)).hasValue(0);
            assertThat(out.toString()).as(String.join(" ", command)).contains("Usage: loyalty");
        }
        out.getBuffer().setLength(0);
        answer("points", "earn", "--help");
        assertThat(out.toString()).contains("--amount", "1 to 9,999,999");
    }

    @Test
    void theVersionIsAnsweredWithoutTheApplication() {
        assertThat(answer("--version")).hasValue(0);
        assertThat(out.toString()).startsWith("Loyalty Batch ");
    }

    @Test
    void usageErrorsAndAGroupWithoutItsSubcommandExitTwoWithoutTheApplication() {
        assertThat(answer("status", "--no-such-option")).hasValue(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        err.getBuffer().setLength(0);
        assertThat(answer("program")).hasValue(2);
        assertThat(err.toString()).contains("Missing subcommand");
        err.getBuffer().setLength(0);
        assertThat(answer("no-such-command")).hasValue(2);
        err.getBuffer().setLength(0);
        assertThat(answer("points", "earn", "ACCOUNT")).hasValue(2);
        assertThat(err.toString()).startsWith("error: Missing required options").contains("--amount")
                .endsWith("Try 'loyalty points earn --help' for more information.\n").hasLineCount(2);
        for (String amount : new String[] {"٣", "1e3", "99999999999999999999", "+"}) {
            err.getBuffer().setLength(0);
            assertThat(answer("points", "earn", "ACCOUNT", "--amount", amount, "--idempotency-key", "k",
                    "--description", "d")).as(amount).hasValue(2);
            assertThat(err.toString()).as(amount).startsWith("error: Invalid value for option '--amount'")
                    .hasLineCount(2);
        }
    }

    @Test
    void aCommandToRunIsLeftToTheApplication() {
        assertThat(answer("program", "show")).isEmpty();
        assertThat(answer("--spring.datasource.url=jdbc:h2:mem:x", "status", "--limit", "5")).isEmpty();
        assertThat(answer("run", "monthly-statement", "period=2026-10")).isEmpty();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEmpty();
    }
}
