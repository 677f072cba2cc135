package com.loyaltybatch.statement;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStream;

/**
 * Keeps the accounts that get a statement: a contact with an email address who has not
 * unsubscribed (and is a site member, when the audience is members). Everyone else is filtered,
 * and counted by reason; the counts survive a restart in the step's execution context.
 */
class AudienceFilter implements ItemProcessor<StatementAccount, StatementAccount>, ItemStream {

    enum Reason {
        NO_EMAIL, UNSUBSCRIBED, NOT_A_MEMBER;

        String key() {
            return "filtered." + name();
        }
    }

    private final StatementProperties.Audience audience;
    private final Map<Reason, Long> counts = new EnumMap<>(Reason.class);

    AudienceFilter(StatementProperties.Audience audience) {
        this.audience = audience;
    }

    @Override
    public StatementAccount process(StatementAccount account) {
        Reason reason = account.email() == null || account.email().isBlank() ? Reason.NO_EMAIL
                : !account.subscribed() ? Reason.UNSUBSCRIBED
                : audience == StatementProperties.Audience.members && account.memberId() == null ? Reason.NOT_A_MEMBER
                : null;
        if (reason == null) {
            return account;
        }
        counts.merge(reason, 1L, Long::sum);
        return null;
    }

    @Override
    public void open(ExecutionContext context) {
        counts.clear();
        for (Reason reason : Reason.values()) {
            counts.put(reason, context.getLong(reason.key(), 0L));
        }
    }

    @Override
    public void update(ExecutionContext context) {
        counts.forEach((reason, count) -> context.putLong(reason.key(), count));
    }
}
