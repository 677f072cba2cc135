package com.loyaltybatch.launch.cli;

import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.AdjustRequest;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.account.PointsTransaction;
import com.loyaltybatch.account.job.AccountJobs;
import com.loyaltybatch.program.ProgramService;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "points", description = "Earn and adjust points.",
        subcommands = {PointsCommand.Earn.class, PointsCommand.Adjust.class})
class PointsCommand extends GroupCommand {

    /** Prints {@code {"transaction": ..., "account": ...}} or one line for people. */
    abstract static class PointsLeaf extends LeafCommand {

        @Autowired
        AccountService accounts;

        @Autowired
        PointsLedger ledger;

        @Autowired
        ProgramService program;

        protected void printOperation(String transactionId, String verb) {
            PointsTransaction transaction = ledger.transaction(transactionId);
            var account = accounts.get(transaction.accountId());
            String pointName = program.get().pointDefinition().customName();
            print(Map.of("transaction", transaction, "account", account),
                    verb + " " + transaction.amount() + " " + pointName + " on account " + account.id() + ": balance "
                            + account.points().balance() + ", revision " + account.revision() + " (transaction "
                            + transaction.id() + ")");
        }
    }

    @Command(name = "earn", description = {"Credit points. Retrying with the same idempotency key returns the",
            "original transaction and never credits twice."})
    static class Earn extends PointsLeaf {

        @Parameters(paramLabel = "ACCOUNT_ID")
        String accountId;

        @Option(names = "--amount", required = true, description = "1 to ${bundle:earn.amount}.")
        long amount;

        @Option(names = "--idempotency-key", required = true, description = "Unique per credit, up to 256 characters.")
        String idempotencyKey;

        @Option(names = "--description", required = true, description = "1 to 100 characters.")
        String description;

        @Option(names = "--activity-type", description = "What earned the points, e.g. order-paid.")
        String activityType;

        @Option(names = "--order-id")
        String orderId;

        @Option(names = "--app-id")
        String appId;

        @Override
        protected void execute() {
            var request = new EarnRequest(amount, description, idempotencyKey, appId, activityType, orderId);
            printOperation(run(AccountJobs.EARN, new AccountJobs.Earn(accountId, request)), "Earned");
        }
    }

    @Command(name = "adjust", description = {"Correct a balance by a delta or to a value. Needs the account's",
            "current revision; a stale revision is refused as a conflict."})
    static class Adjust extends PointsLeaf {

        @Parameters(paramLabel = "ACCOUNT_ID")
        String accountId;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Change change;

        static class Change {
            @Option(names = "--amount", description = "Delta, -${bundle:adjust.delta} to ${bundle:adjust.delta}, not 0.")
            Long amount;

            @Option(names = "--balance", description = "New balance, 0 to ${bundle:adjust.balance}.")
            Long balance;
        }

        @Option(names = "--revision", required = true, description = "The account's current revision.")
        long revision;

        @Option(names = "--description", required = true, description = "1 to 100 characters.")
        String description;

        @Override
        protected void execute() {
            var request = new AdjustRequest(change.amount, change.balance, revision, description);
            printOperation(run(AccountJobs.ADJUST, new AccountJobs.Adjust(accountId, request)), "Adjusted by");
        }
    }
}
