package com.loyaltybatch.launch.cli;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.earning.EarningRule;
import com.loyaltybatch.earning.EarningRuleChanges;
import com.loyaltybatch.earning.EarningRuleDraft;
import com.loyaltybatch.earning.EarningRuleKind;
import com.loyaltybatch.earning.EarningRuleService;
import com.loyaltybatch.earning.RuleConfig;
import com.loyaltybatch.earning.job.EarningRuleJobs;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "earning-rules", description = "Which activities earn how many points.",
        subcommands = {EarningRulesCommand.Create.class, EarningRulesCommand.Show.class,
                EarningRulesCommand.ListRules.class, EarningRulesCommand.Update.class, EarningRulesCommand.Pause.class,
                EarningRulesCommand.Resume.class, EarningRulesCommand.Delete.class})
class EarningRulesCommand extends GroupCommand {

    abstract static class RuleLeaf extends LeafCommand {

        @Autowired
        EarningRuleService rules;

        void printRule(String id) {
            EarningRule rule = rules.get(id);
            print(rule, describe(rule));
        }
    }

    /** Either fixed points per activity or a conversion rate, each with per-tier configurations. */
    static class Earning {
        @Option(names = "--fixed", paramLabel = "[tier=ID,]points=N", description = {"Fixed points per activity;",
                "repeat per tier (tier left out: the base tier)."})
        List<String> fixed;

        @Option(names = "--rate", paramLabel = "[tier=ID,]money=M,points=N", description = {"N points per M spent",
                "(rounded down); repeat per tier."})
        List<String> rate;

        EarningRuleKind kind() {
            return fixed != null ? EarningRuleKind.FIXED_AMOUNT : EarningRuleKind.CONVERSION_RATE;
        }

        List<RuleConfig> configs() {
            return (fixed != null ? fixed : rate).stream().map(RuleConfig::parse).toList();
        }
    }

    @Command(name = "create", description = "Create an ACTIVE earning rule.")
    static class Create extends RuleLeaf {

        @Option(names = "--title", required = true, description = "1 to 50 characters.")
        String title;

        @Option(names = "--trigger-activity-type", required = true, description = "e.g. order-paid.")
        String activityType;

        @Option(names = "--trigger-app-id", description = "Only activities from this app (default: any).")
        String appId;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Earning earning;

        @Override
        protected void execute() {
            var rule = new EarningRuleDraft(title, appId, activityType, earning.kind(), earning.configs());
            printRule(run(EarningRuleJobs.CREATE, new EarningRuleJobs.Create(rule)));
        }
    }

    @Command(name = "show", description = "One earning rule.")
    static class Show extends RuleLeaf {

        @Parameters(paramLabel = "RULE_ID")
        String id;

        @Override
        protected void execute() {
            printRule(id);
        }
    }

    @Command(name = "list", description = "Earning rules by title (a JSON array with --format json).")
    static class ListRules extends RuleLeaf {

        @Override
        protected void execute() {
            List<EarningRule> list = rules.list();
            print(list, Tables.render(List.of("ID", "TITLE", "TRIGGER", "KIND", "STATUS", "CONFIGS", "REVISION"),
                    list.stream().map(r -> List.of(r.id(), r.title(), trigger(r), r.kind().name(), r.status().name(),
                            configs(r), Long.toString(r.revision()))).toList()));
        }
    }

    @Command(name = "update", description = {"Change an earning rule; needs its current revision. Options left out",
            "keep their value; --fixed or --rate replaces kind and all configurations."})
    static class Update extends RuleLeaf {

        @Parameters(paramLabel = "RULE_ID")
        String id;

        @Option(names = "--revision", required = true)
        long revision;

        @Option(names = "--title")
        String title;

        @Option(names = "--trigger-activity-type")
        String activityType;

        @Option(names = "--trigger-app-id", description = "Empty: any app.")
        String appId;

        @ArgGroup(exclusive = true)
        Earning earning;

        @Override
        protected void execute() {
            boolean removeAppId = appId != null && appId.isBlank();
            var changes = new EarningRuleChanges(title, removeAppId ? null : appId, removeAppId, activityType,
                    earning == null ? null : earning.kind(), earning == null ? null : earning.configs());
            printRule(run(EarningRuleJobs.UPDATE, new EarningRuleJobs.Update(id, revision, changes)));
        }
    }

    @Command(name = "pause", description = "Stop a rule from earning points (a paused rule stays paused).")
    static class Pause extends RuleLeaf {

        @Parameters(paramLabel = "RULE_ID")
        String id;

        @Override
        protected void execute() {
            printRule(run(EarningRuleJobs.PAUSE, new EarningRuleJobs.Rule(id)));
        }
    }

    @Command(name = "resume", description = "Let a paused rule earn points again.")
    static class Resume extends RuleLeaf {

        @Parameters(paramLabel = "RULE_ID")
        String id;

        @Override
        protected void execute() {
            printRule(run(EarningRuleJobs.RESUME, new EarningRuleJobs.Rule(id)));
        }
    }

    @Command(name = "delete", description = "Delete an earning rule; needs its current revision. Points it earned stay.")
    static class Delete extends RuleLeaf {

        @Parameters(paramLabel = "RULE_ID")
        String id;

        @Option(names = "--revision", required = true)
        long revision;

        @Override
        protected void execute() {
            run(EarningRuleJobs.DELETE, new EarningRuleJobs.Delete(id, revision));
            print(java.util.Map.of("ruleId", id, "deleted", true), "Deleted earning rule " + id);
        }
    }

    static String describe(EarningRule r) {
        return String.join(System.lineSeparator(),
                "Rule:      " + r.id() + " (revision " + r.revision() + ")",
                "Title:     " + r.title() + " (" + r.status() + ")",
                "Trigger:   " + trigger(r),
                "Earns:     " + r.kind() + " " + configs(r));
    }

    static String trigger(EarningRule r) {
        return r.triggerActivityType() + (r.triggerAppId() == null ? "" : " from " + r.triggerAppId());
    }

    static String configs(EarningRule r) {
        return String.join("; ", r.configs().stream().map(RuleConfig::text).toList());
    }
}
