package com.loyaltybatch.launch.cli;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.reward.CheckoutDiscount;
import com.loyaltybatch.reward.CheckoutService;
import com.loyaltybatch.reward.job.RewardJobs;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "checkout", description = "Discounts on checkouts: points on a flexible reward, or a coupon.",
        subcommands = {CheckoutCommand.Apply.class, CheckoutCommand.Show.class, CheckoutCommand.Complete.class,
                CheckoutCommand.Refund.class})
class CheckoutCommand extends GroupCommand {

    abstract static class CheckoutLeaf extends LeafCommand {

        @Autowired
        CheckoutService checkouts;

        void printDiscount(String id) {
            CheckoutDiscount discount = checkouts.get(id);
            print(discount, describe(discount));
        }
    }

    @Command(name = "apply", description = {"Apply a discount to a checkout: --reward-id with --points spends points on",
            "a DISCOUNT_AMOUNT reward; --coupon-code applies an ACTIVE coupon of the account. One live discount",
            "per checkout."})
    static class Apply extends CheckoutLeaf {

        @Option(names = "--checkout-id", required = true)
        String checkoutId;

        @Option(names = "--account-id", required = true)
        String accountId;

        @ArgGroup(exclusive = true, multiplicity = "1")
        What what;

        static class What {
            @ArgGroup(exclusive = false)
            Flexible flexible;

            @Option(names = "--coupon-code")
            String couponCode;
        }

        static class Flexible {
            @Option(names = "--reward-id", required = true)
            String rewardId;

            @Option(names = "--points", required = true, description = "Points to spend.")
            long points;
        }

        @Override
        protected void execute() {
            var apply = what.couponCode != null
                    ? new RewardJobs.ApplyToCheckout(checkoutId, accountId, null, null, what.couponCode)
                    : new RewardJobs.ApplyToCheckout(checkoutId, accountId, what.flexible.rewardId, what.flexible.points,
                            null);
            printDiscount(run(RewardJobs.APPLY_TO_CHECKOUT, apply));
        }
    }

    @Command(name = "show", description = "The discounts of a checkout, oldest first (a JSON array), or one discount.")
    static class Show extends CheckoutLeaf {

        @Option(names = "--checkout-id")
        String checkoutId;

        @Option(names = "--discount-id")
        String discountId;

        @Override
        protected void execute() {
            if ((checkoutId == null) == (discountId == null)) {
                throw new InvalidInputException("give either --checkout-id or --discount-id");
            }
            if (discountId != null) {
                printDiscount(discountId);
                return;
            }
            List<CheckoutDiscount> list = checkouts.byCheckout(checkoutId);
            print(list, list.isEmpty() ? "No discounts on checkout " + checkoutId
                    : Tables.render(List.of("ID", "TYPE", "REWARD", "POINTS", "AMOUNT", "STATUS"), list.stream()
                            .map(d -> List.of(d.id(), d.type().name(), d.rewardName(), Long.toString(d.pointsSpent()),
                                    d.amount() == null ? "-" : d.amount().toPlainString(), d.status().name()))
                            .toList()));
        }
    }

    @Command(name = "complete", description = "The checkout became an order: its APPLIED discount becomes COMPLETED.")
    static class Complete extends CheckoutLeaf {

        @Option(names = "--checkout-id", required = true)
        String checkoutId;

        @Override
        protected void execute() {
            printDiscount(run(RewardJobs.COMPLETE_CHECKOUT, new RewardJobs.CompleteCheckout(checkoutId)));
        }
    }

    @Command(name = "refund", description = {"Refund the live discount of a checkout, or a discount by id. Points spent",
            "on a flexible reward come back (REFUND). A coupon refunded before completion is ACTIVE again; after",
            "completion its points come back and it is ARCHIVED."})
    static class Refund extends CheckoutLeaf {

        @ArgGroup(exclusive = true, multiplicity = "1")
        Which which;

        static class Which {
            @Option(names = "--checkout-id")
            String checkoutId;

            @Option(names = "--discount-id")
            String discountId;
        }

        @Override
        protected void execute() {
            printDiscount(run(RewardJobs.REFUND_CHECKOUT, new RewardJobs.RefundCheckout(which.checkoutId, which.discountId)));
        }
    }

    static String describe(CheckoutDiscount d) {
        return String.join(System.lineSeparator(),
                "Discount:  " + d.id() + " on checkout " + d.checkoutId(),
                "Status:    " + d.status(),
                "Reward:    " + d.rewardName() + " (" + d.type() + (d.couponId() == null ? "" : ", coupon " + d.couponId())
                        + ")",
                "Points:    " + d.pointsSpent() + (d.amount() == null ? "" : ", amount " + d.amount().toPlainString()),
                "Account:   " + d.accountId());
    }
}
