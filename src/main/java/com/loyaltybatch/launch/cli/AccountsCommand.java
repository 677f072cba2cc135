package com.loyaltybatch.launch.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountQuery;
import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.account.job.AccountJobs;
import com.loyaltybatch.common.InvalidInputException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "accounts", description = "Open, find and list loyalty accounts.",
        subcommands = {AccountsCommand.Create.class, AccountsCommand.Enroll.class, AccountsCommand.Show.class,
                AccountsCommand.ListAccounts.class, AccountsCommand.Totals.class})
class AccountsCommand extends GroupCommand {

    abstract static class AccountLeaf extends LeafCommand {

        @Autowired
        AccountService accounts;

        protected void printAccount(Account account) {
            print(account, AccountText.describe(account));
        }
    }

    @Command(name = "create", description = "Open the account of a contact (the program must be ACTIVE).")
    static class Create extends AccountLeaf {

        @Option(names = "--contact-id", required = true, description = "The contact the account belongs to.")
        String contactId;

        @Override
        protected void execute() {
            printAccount(accounts.get(run(AccountJobs.CREATE, new AccountJobs.Create(contactId))));
        }
    }

    @Command(name = "enroll", description = "Open an account for every contact that has none.")
    static class Enroll extends AccountLeaf {
        @Override
        protected void execute() {
            Long opened = run(AccountJobs.ENROLL, new AccountJobs.Enroll());
            long enrolled = opened == null ? 0 : opened;
            print(java.util.Map.of("enrolled", enrolled), "Opened " + enrolled + " accounts.");
        }
    }

    @Command(name = "show", description = "Show one account, by id, contact id or member id.")
    static class Show extends AccountLeaf {

        @ArgGroup(exclusive = true, multiplicity = "1")
        Key key;

        static class Key {
            @Parameters(paramLabel = "ID", description = "Account id.")
            String id;

            @Option(names = "--contact-id", description = "Find the account of this contact.")
            String contactId;

            @Option(names = "--member-id", description = "Find the account of this site member.")
            String memberId;
        }

        @Override
        protected void execute() {
            printAccount(key.id != null ? accounts.get(key.id)
                    : key.contactId != null ? accounts.getByContactId(key.contactId)
                    : accounts.getByMemberId(key.memberId));
        }
    }

    @Command(name = "list", description = {"List accounts, one page at a time.",
            "JSON output is {\"accounts\": [...], \"nextCursor\": \"...\"}; nextCursor is null on the last page."})
    static class ListAccounts extends AccountLeaf {

        @Option(names = "--filter", paramLabel = "EXPR", description = {
                "JSON filter, e.g. '{\"points.balance\": {\"$gte\": 100}}'.",
                "Operators: $eq $ne $in $exists $lt $lte $gt $gte. Fields: id, contactId, memberId, tier.id,",
                "points.balance|earned|adjusted|redeemed|expired, createdDate, updatedDate, lastActivityDate,",
                "pointsExpiration.expirationDate, pointsExpiration.expiringPointsAmount."})
        String filter;

        @Option(names = "--sort", paramLabel = "FIELD[:desc]", description = "Sort field, repeatable up to 5 times.")
        List<String> sort = new ArrayList<>();

        @Option(names = "--search", description = "Match the contact's name or email.")
        String search;

        @Option(names = "--limit", defaultValue = "50", description = "Page size, 1 to 100 (default: ${DEFAULT-VALUE}).")
        int limit;

        @Option(names = "--cursor", description = "nextCursor of the previous page (keeps its filter, sort and search).")
        String cursor;

        @Override
        protected void execute() {
            if (cursor != null && (filter != null || !sort.isEmpty() || search != null)) {
                throw new InvalidInputException("cursor: carries the filter, sort and search of the first page; give it alone");
            }
            var page = accounts.query(new AccountQuery(filter, sort, search, limit, cursor));
            List<List<String>> rows = page.accounts().stream().map(AccountText::row).toList();
            String text = Tables.render(AccountText.HEADER, rows)
                    + (page.nextCursor() == null ? "" : System.lineSeparator() + "next page: --cursor " + page.nextCursor());
            print(page, text);
        }
    }

    @Command(name = "totals", description = "Program totals: accounts, the sum of each points field, accounts per tier.")
    static class Totals extends AccountLeaf {

        @Autowired
        com.loyaltybatch.tier.TierService tiers;

        @Override
        protected void execute() {
            var tierNames = tierNames();
            var totals = accounts.totals();
            var p = totals.points();
            StringBuilder text = new StringBuilder()
                    .append("Accounts:  ").append(totals.accounts()).append(System.lineSeparator())
                    .append("Balance:   ").append(p.balance()).append(System.lineSeparator())
                    .append("Earned:    ").append(p.earned()).append(System.lineSeparator())
                    .append("Adjusted:  ").append(p.adjusted()).append(System.lineSeparator())
                    .append("Redeemed:  ").append(p.redeemed()).append(System.lineSeparator())
                    .append("Expired:   ").append(p.expired());
            totals.tiers().forEach(t -> text.append(System.lineSeparator()).append("Tier ")
                    .append(tierNames.getOrDefault(t.tierId(), t.tierId())).append(t.tierId() == null ? " (base)" : " (" + t.tierId() + ")")
                    .append(": ").append(t.accounts()).append(" accounts"));
            print(totals, text.toString());
        }

        /** Tier names by id; the base tier's under null. */
        private java.util.Map<String, String> tierNames() {
            java.util.Map<String, String> names = new java.util.HashMap<>();
            names.put(null, tiers.settings().baseTierDefinition().name());
            tiers.list().forEach(t -> names.put(t.id(), t.name()));
            return names;
        }
    }
}
