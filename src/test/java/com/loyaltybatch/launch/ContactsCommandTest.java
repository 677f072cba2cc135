package com.loyaltybatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.contact.ContactDraft;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code contacts unsubscribe} and {@code contacts show}: the opt-out with its time and source. */
@LoyaltyTest
class ContactsCommandTest {

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @Autowired
    ContactService contacts;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void reset() {
        testData.reset();
    }

    @Test
    void theUnsubscribeCommandRecordsTheSourceCommandAndShowPrintsIt() {
        var ada = testData.contact("ada@example.com");

        var run = cli.run("contacts", "unsubscribe", "ada@example.com");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode shown = json.readTree(cli.run("contacts", "show", ada.id(), "--format", "json").out());
        assertThat(shown.get("subscribed").asBoolean()).isFalse();
        assertThat(shown.get("unsubscribedDate").asString()).isEqualTo("2026-11-15T10:00:00Z");
        assertThat(shown.get("unsubscribeSource").asString()).isEqualTo("command");
        assertThat(cli.run("contacts", "show", ada.id()).out())
                .contains("ada@example.com (unsubscribed 2026-11-15T10:00:00Z, command)");
    }

    @Test
    void aSubscribedContactHasNoSourceAndResubscribingClearsIt() {
        var ada = testData.contact("ada@example.com");
        assertThat(json.readTree(cli.run("contacts", "show", ada.id(), "--format", "json").out())
                .get("unsubscribeSource").isNull()).isTrue();
        cli.run("contacts", "unsubscribe", "ada@example.com");

        contacts.upsert(java.util.List.of(new ContactDraft(ada.id(), null, null, null, null, null, true)));

        var back = contacts.get(ada.id());
        assertThat(back.subscribed()).isTrue();
        assertThat(back.unsubscribedDate()).isNull();
        assertThat(back.unsubscribeSource()).isNull();
    }

    @Test
    void unsubscribingTwiceKeepsTheFirstTimeAndSource() {
        var ada = testData.contact("ada@example.com");
        cli.run("contacts", "unsubscribe", "ada@example.com");
        contacts.unsubscribeById(ada.id(), com.loyaltybatch.contact.UnsubscribeSource.ONE_CLICK);

        assertThat(contacts.get(ada.id()).unsubscribeSource()).isEqualTo("command");
        assertThat(cli.run("contacts", "unsubscribe", "ada@example.com").exitCode()).isZero();
    }
}
