package com.loyaltybatch.launch.cli;

import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.reward.Coupon;
import com.loyaltybatch.reward.CouponService;
import com.loyaltybatch.reward.job.RewardJobs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "coupons", description = "Coupons bought with points.",
        subcommands = {CouponsCommand.Redeem.class, CouponsCommand.Show.class, CouponsCommand.ListCoupons.class,
                CouponsCommand.Delete.class})
class CouponsCommand extends GroupCommand {

    abstract static class CouponLeaf extends LeafCommand {

        @Autowired
        CouponService coupons;

        void printCoupon(Coupon coupon) {
            print(coupon, describe(coupon));
        }
    }

    @Command(name = "redeem", description = {"Spend an account's points on a coupon of a COUPON_REWARD, at the cost of",
            "the account's tier. Needs an ACTIVE program and enough points."})
    static class Redeem extends CouponLeaf {

        @Autowired
        AccountService accounts;

        @Option(names = "--account-id", required = true)
        String accountId;

        @Option(names = "--reward-id", required = true)
        String rewardId;

        @Override
        protected void execute() {
            Coupon coupon = coupons.get(run(RewardJobs.REDEEM_COUPON, new RewardJobs.RedeemCoupon(accountId, rewardId)));
            long balance = accounts.get(accountId).points().balance();
            print(coupon, describe(coupon) + System.lineSeparator() + "Balance:   " + balance);
        }
    }

    @Command(name = "show", description = "One coupon, by id or code.")
    static class Show extends CouponLeaf {

        @Parameters(paramLabel = "COUPON_ID", arity = "0..1")
        String id;

        @Option(names = "--code")
        String code;

        @Override
        protected void execute() {
            if ((id == null) == (code == null)) {
                throw new InvalidInputException("give either COUPON_ID or --code");
            }
            printCoupon(id != null ? coupons.get(id) : coupons.getByCode(code));
        }
    }

    @Command(name = "list", description = "An account's coupons, newest first (a JSON array with --format json).")
    static class ListCoupons extends CouponLeaf {

        @Option(names = "--account-id", required = true)
        String accountId;

        @Override
        protected void execute() {
            List<Coupon> list = coupons.listByAccount(accountId);
            print(list, Tables.render(List.of("ID", "CODE", "REWARD", "STATUS", "COST", "CREATED"), list.stream()
                    .map(c -> List.of(c.id(), c.code(), c.rewardName(), c.status().name(),
                            Long.toString(c.costInPoints()), c.createdDate().toString()))
                    .toList()));
        }
    }

    @Command(name = "delete", description = {"Archive a coupon so it can no longer be used (its points are not",
            "returned). Refused for an APPLIED coupon: refund its checkout discount first."})
    static class Delete extends CouponLeaf {

        @Parameters(paramLabel = "COUPON_ID")
        String id;

        @Override
        protected void execute() {
            run(RewardJobs.DELETE_COUPON, new RewardJobs.DeleteCoupon(id));
            printCoupon(coupons.get(id));
        }
    }

    static String describe(Coupon c) {
        return String.join(System.lineSeparator(),
                "Coupon:    " + c.code() + " (" + c.id() + ")",
                "Status:    " + c.status(),
                "Reward:    " + c.rewardName() + " (" + c.kind()
                        + (c.amount() == null ? "" : " " + c.amount().toPlainString()) + "), cost " + c.costInPoints(),
                "Account:   " + c.accountId());
    }
}
