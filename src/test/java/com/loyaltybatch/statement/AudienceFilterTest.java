package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class AudienceFilterTest {

    static StatementAccount account(String email, boolean subscribed, String memberId) {
        return new StatementAccount("a", "c", memberId, email, "Ada", null, "en", subscribed, 0, null, null,
                null, StatementActivity.Activity.NONE);
    }

    @Test
    void everyoneWithASubscribedEmailGetsAStatementByDefault() {
        var filter = new AudienceFilter(StatementProperties.Audience.all);
        filter.open(new ExecutionContext());
        assertThat(filter.process(account("ada@example.com", true, null))).isNotNull();
        assertThat(filter.process(account("ada@example.com", true, "m-1"))).isNotNull();
        assertThat(filter.process(account(null, true, "m-1"))).isNull();
        assertThat(filter.process(account("ada@example.com", false, "m-1"))).isNull();
    }

    @Test
    void withTheMembersAudienceOnlySiteMembersGetOne() {
        var filter = new AudienceFilter(StatementProperties.Audience.members);
        filter.open(new ExecutionContext());
        assertThat(filter.process(account("ada@example.com", true, "m-1"))).isNotNull();
        assertThat(filter.process(account("ada@example.com", true, null))).isNull();
    }

    @Test
    void filteredAccountsAreCountedByReasonAcrossRestarts() {
        var filter = new AudienceFilter(StatementProperties.Audience.members);
        var context = new ExecutionContext();
        filter.open(context);
        filter.process(account(null, true, null));
        filter.process(account("ada@example.com", false, null));
        filter.process(account("ada@example.com", true, null));
        filter.update(context);

        var restarted = new AudienceFilter(StatementProperties.Audience.members);
        restarted.open(context);
        restarted.process(account(" ", true, null));
        restarted.update(context);

        assertThat(context.getLong("filtered.NO_EMAIL")).isEqualTo(2);
        assertThat(context.getLong("filtered.UNSUBSCRIBED")).isEqualTo(1);
        assertThat(context.getLong("filtered.NOT_A_MEMBER")).isEqualTo(1);
    }
}
