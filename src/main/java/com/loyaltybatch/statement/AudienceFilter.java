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
        NO_EMAIL("the contact has no email address"),
        UNSUBSCRIBED("the contact unsubscribed"),
        NOT_A_MEMBER("the contact is not a site member (loyalty.statement.audience=members)");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        String key() {
            return "filtered." + name();
        }

        /** Why, in words: {@code the contact unsubscribed}. */
        String description() {
            return description;
        }
    }

    private final StatementProperties.Audience audience;
    private final Map<Reason, Long> counts = new EnumMap<>(Reason.class);

    AudienceFilter(StatementProperties.Audience audience) {
        this.audience = audience;
    }

    @Override
    public StatementAccount process(StatementAccount account) {
        Reason reason = reason(account, audience);
        if (reason == null) {
            return account;
        }
        counts.merge(reason, 1L, Long::sum);
        return null;
    }

    /** Why the statement leaves this account out, or null when it gets one. */
    static Reason reason(StatementAccount account, StatementProperties.Audience audience) {
        return account.email() == null || account.email().isBlank() ? Reason.NO_EMAIL
                : !account.subscribed() ? Reason.UNSUBSCRIBED
                : audience == StatementProperties.Audience.members && account.memberId() == null ? Reason.NOT_A_MEMBER
                : null;
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
