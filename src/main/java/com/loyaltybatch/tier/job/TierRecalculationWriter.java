package com.loyaltybatch.tier.job;

import java.util.List;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

import com.loyaltybatch.tier.AccountTier;
import com.loyaltybatch.tier.TierLadder;
import com.loyaltybatch.tier.TierService;
import com.loyaltybatch.tier.TierWindow;

/**
 * Recalculates a chunk of accounts with the settings and tiers loaded once for the step, and
 * keeps count of the accounts that changed tier (saved with each commit, so a restart goes on
 * counting).
 */
class TierRecalculationWriter implements ItemStreamWriter<AccountTier> {

    static final String CHANGED = "changed";
    static final String SUMMARY = "summary";

    private final TierService tiers;
    private final TierLadder ladder;
    private final TierWindow window;
    private long changed;

    TierRecalculationWriter(TierService tiers, TierLadder ladder, TierWindow window) {
        this.tiers = tiers;
        this.ladder = ladder;
        this.window = window;
    }

    @Override
    public void write(Chunk<? extends AccountTier> chunk) {
        if (!chunk.isEmpty()) {
            changed += tiers.recalculate(List.copyOf(chunk.getItems()), ladder, window);
        }
    }

    @Override
    public void open(ExecutionContext context) {
        changed = context.getLong(CHANGED, 0L);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(CHANGED, changed);
        context.putString(SUMMARY, changed + " account(s) changed tier; tier points counted from " + window.start()
                + " to " + window.end() + (ladder.settings().active() ? "" : "; tiers are " + ladder.settings().status()
                + ", so every account is in the base tier"));
    }
}
