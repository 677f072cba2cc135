package com.loyaltybatch.launch.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.statement.StatementPeriod;
import com.loyaltybatch.statement.StatementPreviews;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A member's monthly statement, previewed or sent to a test address. Not jobs: they change
 * nothing and record nothing (no delivery record, no job execution), so they call the
 * statement's previews directly, as the other reading commands call their services.
 */
@Command(name = "statement", description = "Preview a member's monthly statement, or send it to a test address.",
        subcommands = {StatementPreviewCommand.class, StatementCommand.TestSend.class})
class StatementCommand extends GroupCommand {

    static final String PERIOD_HELP = "The statement month, YYYY-MM (default: the previous month in loyalty.zone).";

    @Command(name = "test-send", description = {
            "Send the member's statement for the period to a test address, not to the member,",
            "through the configured transport (SMTP, or the outbox folder test-send/).",
            "Marked with the header " + StatementPreviews.TEST_SEND_HEADER + ": true, without List-Unsubscribe;",
            "nothing is recorded as a delivery."})
    static class TestSend extends LeafCommand {

        @Autowired
        StatementPreviews previews;

        @Parameters(paramLabel = "ACCOUNT_ID")
        String accountId;

        @Option(names = "--to", required = true, paramLabel = "ADDRESS", description = "The test address.")
        String to;

        @Option(names = "--period", paramLabel = "YYYY-MM", description = PERIOD_HELP)
        String period;

        @Override
        protected void execute() {
            StatementPeriod month = previews.period(period);
            var sent = previews.testSend(accountId, month, to);
            noteFiltered(spec, sent.filteredBecause());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("accountId", accountId);
            json.put("period", month.key());
            json.put("to", sent.to());
            json.put("messageId", sent.messageId());
            json.put("destination", sent.destination());
            json.put("filteredBecause", sent.filteredBecause());
            print(json, "Sent the " + month.key() + " statement of account " + accountId + " to " + sent.to()
                    + " (" + sent.destination() + ") as a test; nothing recorded.");
        }
    }

    /** One line on stderr when the monthly statement would leave the account out. */
    static void noteFiltered(picocli.CommandLine.Model.CommandSpec spec, String filteredBecause) {
        if (filteredBecause != null) {
            var err = spec.commandLine().getErr();
            err.println("note: the monthly statement would not send this account a message: " + filteredBecause);
            err.flush();
        }
    }
}
