package com.loyaltybatch.account;

import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.loyaltybatch.program.ExpirationPolicyChanged;
import com.loyaltybatch.program.Program;

/** Keeps every account's {@code pointsExpiration} in step with the program's expiration policy. */
@Component
class ExpirationPolicies {

    private final AccountRepository accounts;
    private final ExpirationCalculator expirations;

    ExpirationPolicies(AccountRepository accounts, ExpirationCalculator expirations) {
        this.accounts = accounts;
        this.expirations = expirations;
    }

    /**
     * Recomputes every account's {@code pointsExpiration} when the program's policy changes, in
     * the transaction that changed it: one UPDATE clears them all when expiration is disabled;
     * otherwise accounts are recomputed in id order, 1,000 per batched update. Derived fields:
     * neither the revision nor {@code updatedDate} changes.
     */
    @EventListener
    public void expirationPolicyChanged(ExpirationPolicyChanged changed) {
        if (changed.policy().status() != Program.ExpirationStatus.ENABLED) {
            accounts.clearExpirations();
            return;
        }
        String after = "";
        List<AccountRepository.ExpirationBasis> batch;
        do {
            batch = accounts.expirationBasis(after, 1000);
            accounts.updateExpirations(batch.stream().map(b -> Map.entry(b.id(),
                    expirations.next(changed.policy(), b.balance(), b.lastActivityDate(), b.createdDate()))).toList());
            after = batch.isEmpty() ? after : batch.get(batch.size() - 1).id();
        } while (batch.size() == 1000);
    }
}
