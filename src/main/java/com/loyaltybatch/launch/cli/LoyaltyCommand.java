package com.loyaltybatch.launch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

@Command(name = "loyalty", mixinStandardHelpOptions = true, resourceBundle = "com.loyaltybatch.launch.cli.HelpValues", scope = ScopeType.INHERIT, versionProvider = VersionProvider.class,
        description = "Loyalty Batch: a self-hosted loyalty-program engine and batch runner.",
        subcommands = {ProgramCommand.class, ContactsCommand.class, AccountsCommand.class, PointsCommand.class,
                TransactionsCommand.class, TiersCommand.class, RewardsCommand.class, CouponsCommand.class,
                CheckoutCommand.class, EarningRulesCommand.class, DemoCommand.class, RunCommand.class, RestartCommand.class,
                RecoverCommand.class, StopCommand.class, ServeCommand.class, JobsCommand.class, StatusCommand.class,
                StatementCommand.class, ApiKeysCommand.class, HashPasswordCommand.class},
        footer = {"", "Exit codes: 0 success, 1 failed or refused, 2 usage or input error,",
                "3 completed with skipped or failed items."})
public class LoyaltyCommand extends GroupCommand {
}
