package com.loyaltybatch.launch.cli;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.reward.CouponKind;
import com.loyaltybatch.reward.Reward;
import com.loyaltybatch.reward.RewardChanges;
import com.loyaltybatch.reward.RewardDraft;
import com.loyaltybatch.reward.RewardService;
import com.loyaltybatch.reward.RewardType;
import com.loyaltybatch.reward.TierConfig;
import com.loyaltybatch.reward.job.RewardJobs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "rewards", description = "Rewards members buy with points.",
        subcommands = {RewardsCommand.Create.class, RewardsCommand.Show.class, RewardsCommand.ListRewards.class,
                RewardsCommand.Update.class, RewardsCommand.Delete.class})
class RewardsCommand extends GroupCommand {

    static final String CONFIG_HELP = "Per tier: tier=ID (left out: the base tier),cost=POINTS (1 to ${bundle:reward.cost}),"
            + "amount=M (money per cost for DISCOUNT_AMOUNT and FIXED_AMOUNT, 1-100 for PERCENTAGE, none for"
            + " FREE_SHIPPING). Repeat for each tier, up to ${bundle:reward.configs}.";

    abstract static class RewardLeaf extends LeafCommand {

        @Autowired
        RewardService rewards;

        void printReward(String id) {
            Reward reward = rewards.get(id);
            print(reward, describe(reward));
        }
    }

    @Command(name = "create", description = "Create a reward.")
    static class Create extends RewardLeaf {

        @Option(names = "--name", required = true, description = "1 to 50 characters.")
        String name;

        @Option(names = "--type", required = true, description = "${COMPLETION-CANDIDATES}.")
        RewardType type;

        @Option(names = "--coupon-kind", description = "For COUPON_REWARD: ${COMPLETION-CANDIDATES}.")
        CouponKind couponKind;

        @Option(names = "--minimum-subtotal", description = "For coupons: the checkout subtotal they need.")
        BigDecimal minimumSubtotal;

        @Option(names = "--scope", description = "For coupons: what they apply to, e.g. a product collection.")
        String scope;

        @Option(names = "--config", required = true, paramLabel = "tier=ID,cost=N,amount=M", description = CONFIG_HELP)
        List<String> configs;

        @Option(names = "--inactive", description = "Create it inactive (members cannot redeem it yet).")
        boolean inactive;

        @Override
        protected void execute() {
            var reward = new RewardDraft(name, !inactive, type, couponKind, minimumSubtotal, scope, tierConfigs(configs));
            printReward(run(RewardJobs.CREATE, new RewardJobs.Create(reward)));
        }
    }

    @Command(name = "show", description = "One reward.")
    static class Show extends RewardLeaf {

        @Parameters(paramLabel = "REWARD_ID")
        String id;

        @Override
        protected void execute() {
            printReward(id);
        }
    }

    @Command(name = "list", description = "Rewards by name (a JSON array with --format json).")
    static class ListRewards extends RewardLeaf {

        @Option(names = "--active", description = "Only active rewards.")
        boolean activeOnly;

        @Override
        protected void execute() {
            List<Reward> list = rewards.list(activeOnly);
            print(list, Tables.render(List.of("ID", "NAME", "TYPE", "ACTIVE", "CONFIGS", "REVISION"), list.stream()
                    .map(r -> List.of(r.id(), r.name(), kind(r), Boolean.toString(r.active()), configs(r),
                            Long.toString(r.revision())))
                    .toList()));
        }
    }

    @Command(name = "update", description = {"Change a reward; needs its current revision.",
            "Options left out keep their value; --config replaces all tier configurations.",
            "Type and coupon kind cannot change."})
    static class Update extends RewardLeaf {

        @Parameters(paramLabel = "REWARD_ID")
        String id;

        @Option(names = "--revision", required = true)
        long revision;

        @Option(names = "--name")
        String name;

        @Option(names = "--active", paramLabel = "true|false", arity = "1")
        Boolean active;

        @Option(names = "--minimum-subtotal", description = "A negative value removes it.")
        BigDecimal minimumSubtotal;

        @Option(names = "--scope", description = "Empty removes it.")
        String scope;

        @Option(names = "--config", paramLabel = "tier=ID,cost=N,amount=M", description = CONFIG_HELP)
        List<String> configs;

        @Override
        protected void execute() {
            boolean removeSubtotal = minimumSubtotal != null && minimumSubtotal.signum() < 0;
            boolean removeScope = scope != null && scope.isBlank();
            var changes = new RewardChanges(name, active, removeSubtotal ? null : minimumSubtotal, removeSubtotal,
                    removeScope ? null : scope, removeScope, configs == null ? null : tierConfigs(configs));
            printReward(run(RewardJobs.UPDATE, new RewardJobs.Update(id, revision, changes)));
        }
    }

    @Command(name = "delete", description = "Delete a reward; needs its current revision. Issued coupons stay valid.")
    static class Delete extends RewardLeaf {

        @Parameters(paramLabel = "REWARD_ID")
        String id;

        @Option(names = "--revision", required = true)
        long revision;

        @Override
        protected void execute() {
            run(RewardJobs.DELETE, new RewardJobs.Delete(id, revision));
            print(java.util.Map.of("rewardId", id, "deleted", true), "Deleted reward " + id);
        }
    }

    static List<TierConfig> tierConfigs(List<String> texts) {
        return texts.stream().map(TierConfig::parse).toList();
    }

    static String describe(Reward r) {
        return String.join(System.lineSeparator(),
                "Reward:    " + r.id() + " (revision " + r.revision() + ")",
                "Name:      " + r.name() + (r.active() ? "" : " (inactive)"),
                "Type:      " + kind(r)
                        + (r.minimumSubtotal() == null ? "" : ", minimum subtotal " + r.minimumSubtotal().toPlainString())
                        + (r.scope() == null ? "" : ", scope " + r.scope()),
                "Configs:   " + configs(r));
    }

    static String kind(Reward r) {
        return r.type() + (r.couponKind() == null ? "" : " " + r.couponKind());
    }

    static String configs(Reward r) {
        return String.join("; ", r.configs().stream().map(TierConfig::text).toList());
    }
}
