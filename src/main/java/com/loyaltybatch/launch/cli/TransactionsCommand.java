package com.loyaltybatch.launch.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.account.TransactionQuery;
import com.loyaltybatch.account.TransactionType;
import com.loyaltybatch.common.InvalidInputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "transactions", description = "Read the points ledger.", subcommands = TransactionsCommand.ListTransactions.class)
class TransactionsCommand extends GroupCommand {

    @Command(name = "list", description = {"An account's ledger transactions, newest first (a JSON array with --format json).",
            "DATE is YYYY-MM-DD (UTC day; --to includes that day) or an ISO instant."})
    static class ListTransactions extends LeafCommand {

        @Autowired
        PointsLedger ledger;

        @Option(names = "--account-id", required = true)
        String accountId;

        @Option(names = "--type", description = "One of ${COMPLETION-CANDIDATES}.")
        TransactionType type;

        @Option(names = "--from", paramLabel = "DATE", description = "From this day or instant (inclusive).")
        String from;

        @Option(names = "--to", paramLabel = "DATE", description = "Up to this day (inclusive) or instant (exclusive).")
        String to;

        @Option(names = "--limit", defaultValue = "100", description = "At most this many, 1 to 1000 (default: ${DEFAULT-VALUE}).")
        int limit;

        @Override
        protected void execute() {
            var transactions = ledger.transactions(new TransactionQuery(accountId, type,
                    instant("from", from, false), instant("to", to, true), limit));
            List<List<String>> rows = transactions.stream().map(t -> List.of(t.id(), t.createdDate().toString(),
                    t.transactionType().name(), Long.toString(t.amount()), t.description() == null ? "-" : t.description()))
                    .toList();
            print(transactions, Tables.render(List.of("ID", "DATE", "TYPE", "AMOUNT", "DESCRIPTION"), rows));
        }

        static Instant instant(String field, String value, boolean endOfDay) {
            if (value == null) {
                return null;
            }
            try {
                if (value.length() == 10) {
                    LocalDate day = LocalDate.parse(value);
                    return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
                }
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw InvalidInputException.field(field, "not a date (YYYY-MM-DD) or ISO instant: " + value);
            }
        }
    }
}
