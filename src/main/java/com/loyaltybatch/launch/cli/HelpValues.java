package com.loyaltybatch.launch.cli;

import java.util.ListResourceBundle;

import com.loyaltybatch.account.AdjustRequest;
import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.demo.DemoJob;
import com.loyaltybatch.earning.EarningRuleDraft;
import com.loyaltybatch.earning.RuleConfig;
import com.loyaltybatch.program.ProgramRules;
import com.loyaltybatch.reward.RewardDraft;
import com.loyaltybatch.reward.TierConfig;
import com.loyaltybatch.tier.TierRules;

/**
 * The ranges help texts quote, taken from the rules that enforce them: a help text says
 * {@code 1 to ${bundle:earn.amount}} and shows {@code 1 to 9,999,999}.
 */
public class HelpValues extends ListResourceBundle {

    @Override
    protected Object[][] getContents() {
        return new Object[][] {
            {"earn.amount", number(EarnRequest.MAX_AMOUNT)},
            {"adjust.delta", number(AdjustRequest.MAX_DELTA)},
            {"adjust.balance", number(AdjustRequest.MAX_BALANCE)},
            {"tier.requiredPoints", number(TierRules.MAX_REQUIRED_POINTS)},
            {"tier.rollingWindowMonths", number(TierRules.MAX_ROLLING_WINDOW_MONTHS)},
            {"reward.cost", number(TierConfig.MAX_COST)},
            {"reward.configs", number(RewardDraft.MAX_CONFIGS)},
            {"rule.points", number(RuleConfig.MAX_POINTS)},
            {"rule.configs", number(EarningRuleDraft.MAX_CONFIGS)},
            {"expiration.months", number(ProgramRules.MAX_MONTHS_OF_INACTIVITY)},
            {"demo.accounts", number(DemoJob.MAX_ACCOUNTS)},
        };
    }

    private static String number(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }
}
