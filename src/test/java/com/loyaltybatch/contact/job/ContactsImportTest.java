package com.loyaltybatch.contact.job;

import static com.loyaltybatch.contact.job.ImportFiles.csv;
import static com.loyaltybatch.contact.job.ImportFiles.importContacts;
import static com.loyaltybatch.contact.job.ImportFiles.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.contact.Contact;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.launch.cli.Cli;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

/** The contacts import as the command line runs it; each database has a subclass. */
@LoyaltyTest
abstract class ContactsImportTest {

    @Autowired
    Cli cli;

    @Autowired
    ContactService contacts;

    @Autowired
    TestData data;

    @TempDir
    Path dir;

    @BeforeEach
    void emptyInstallation() {
        data.reset();
    }

    @Test
    void aGoodFileImportsEveryContact() {
        Path file = csv(dir, "contacts.csv",
                "id,email,first_name,last_name,locale,member_id,subscribed",
                "c-1,ada@example.com,Ada,Lovelace,en-GB,m-1,true",
                "c-2,grace@example.com,Grace,Hopper,en_US,,",
                ",alan@example.com,Alan,Turing,,,yes");

        var run = importContacts(cli, file);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("Imported 3 contacts (3 new, 0 updated); no rows rejected");
        assertThat(contacts.count()).isEqualTo(3);
        Contact ada = contacts.get("c-1");
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(ada.name()).isEqualTo(new Contact.Name("Ada", "Lovelace"));
        assertThat(ada.locale()).isEqualTo("en-GB");
        assertThat(ada.memberId()).isEqualTo("m-1");
        assertThat(ada.subscribed()).isTrue();
        assertThat(contacts.get("c-2").locale()).isEqualTo("en-US");
        assertThat(contacts.findByEmail("alan@example.com")).hasValueSatisfying(alan -> assertThat(alan.name().last()).isEqualTo("Turing"));
        assertThat(dir.resolve("contacts.rejects.csv")).doesNotExist();
    }

    @Test
    void reImportingUpdatesByIdElseByEmailInsteadOfDuplicating() {
        importContacts(cli, csv(dir, "first.csv",
                "id,email,first_name,last_name,locale",
                "c-1,ada@example.com,Ada,Lovelace,en",
                "c-2,grace@example.com,Grace,Hopper,en"));

        var run = importContacts(cli, csv(dir, "second.csv",
                "email,id,last_name,locale",
                "ada.king@example.com,c-1,King,",
                "GRACE@example.com,,Murray,fr",
                "alan@example.com,,Turing,"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo("Imported 3 contacts (1 new, 2 updated); no rows rejected");
        assertThat(contacts.count()).isEqualTo(3);
        Contact ada = contacts.get("c-1");
        assertThat(ada.email()).isEqualTo("ada.king@example.com");
        assertThat(ada.name()).as("an empty cell or a missing column keeps the stored value")
                .isEqualTo(new Contact.Name("Ada", "King"));
        assertThat(ada.locale()).isEqualTo("en");
        Contact grace = contacts.get("c-2");
        assertThat(grace.name()).isEqualTo(new Contact.Name("Grace", "Murray"));
        assertThat(grace.locale()).isEqualTo("fr");
    }

    @Test
    void rejectedRowsGoToTheErrorsFileWithTheirReasonAndTheRestIsImported() {
        Contact owner = data.contact("taken@example.com");
        String tooLong = "A".repeat(101);
        List<String> bad = List.of(
                "c-2,not-an-email,Bad,Email,en,yes",
                "c-3,locale@example.com,Bad,Locale,no such locale!,yes",
                "c-4,long@example.com," + tooLong + ",Name,en,yes",
                "c-5,subscribed@example.com,Bad,Consent,en,maybe",
                "c-6,fields@example.com,Too,Many,en,yes,extra",
                ",,Nobody,At All,en,no",
                "c-7,taken@example.com,\"Taken, Already\",Owner,en,yes");
        Path file = csv(dir, "contacts.csv",
                "id,email,first_name,last_name,locale,subscribed",
                "c-1,ok1@example.com,Good,One,en,yes",
                bad.get(0), bad.get(1), bad.get(2),
                "c-8,ok2@example.com,Good,Two,de,no",
                bad.get(3), bad.get(4), bad.get(5), bad.get(6),
                "c-9,ok3@example.com,Good,Three,,");

        var run = importContacts(cli, file);

        Path errors = dir.resolve("contacts.rejects.csv");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(run.out()).isEqualTo("Imported 3 contacts (3 new, 0 updated); 7 rows rejected, see " + errors);
        assertThat(contacts.getAll(List.of("c-1", "c-8", "c-9"))).hasSize(3);
        assertThat(contacts.count()).isEqualTo(4);
        List<String> rejects = lines(errors);
        assertThat(rejects.get(0)).isEqualTo("id,email,first_name,last_name,locale,subscribed,reason");
        assertThat(rejects.subList(1, rejects.size())).as("each rejected row as it was, with its line and reason")
                .containsExactlyInAnyOrder(
                        bad.get(0) + ",line 3: email: not a valid address: not-an-email",
                        bad.get(1) + ",line 4: locale: not a language tag: no such locale!",
                        bad.get(2) + ",\"line 5: firstName: must be at most 100 characters, got 101\"",
                        bad.get(3) + ",\"line 7: subscribed: must be true/false, yes/no or 1/0, got: maybe\"",
                        bad.get(4) + ",\"line 8: expected 6 fields, found 7\"",
                        bad.get(5) + ",line 9: id or email: one of them is required",
                        bad.get(6) + ",line 10: email taken@example.com already belongs to contact " + owner.id());
    }

    @Test
    void aMemberIdOfAnotherContactIsRejectedAndTheRestIsImported() {
        importContacts(cli, csv(dir, "members.csv", "email,member_id", "ada@example.com,m-1"));

        var run = importContacts(cli, csv(dir, "contacts.csv",
                "email,member_id",
                "grace@example.com,m-1",
                "alan@example.com,m-2"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(contacts.findByEmail("grace@example.com")).isEmpty();
        assertThat(contacts.findByEmail("alan@example.com")).isPresent();
        assertThat(lines(dir.resolve("contacts.rejects.csv"))).hasSize(2).last().asString()
                .startsWith("grace@example.com,m-1,").contains("line 2: memberId m-1 already belongs to contact ");
    }

    @Test
    void subscribedFalseRecordsTheUnsubscribedDateWithTheSourceImport() {
        Contact subscribed = data.contact("ada@example.com");

        importContacts(cli, csv(dir, "consent.csv",
                "email,subscribed",
                "ada@example.com,FALSE",
                "grace@example.com,0",
                "alan@example.com,Yes"));

        assertThat(subscribed.subscribed()).isTrue();
        assertThat(contacts.get(subscribed.id()).subscribed()).isFalse();
        assertThat(contacts.get(subscribed.id()).unsubscribedDate()).isEqualTo(TestData.NOW);
        assertThat(contacts.get(subscribed.id()).unsubscribeSource()).isEqualTo("import");
        assertThat(contacts.findByEmail("grace@example.com")).hasValueSatisfying(grace -> {
            assertThat(grace.subscribed()).isFalse();
            assertThat(grace.unsubscribedDate()).isEqualTo(TestData.NOW);
            assertThat(grace.unsubscribeSource()).isEqualTo("import");
        });
        assertThat(contacts.findByEmail("alan@example.com")).hasValueSatisfying(alan -> {
            assertThat(alan.subscribed()).isTrue();
            assertThat(alan.unsubscribedDate()).isNull();
            assertThat(alan.unsubscribeSource()).isNull();
        });
    }

    @Test
    void anUnknownColumnRefusesTheWholeFile() {
        Path file = csv(dir, "contacts.csv",
                "email,first_name,phone,Fax",
                "ada@example.com,Ada,555-0100,555-0101");

        var run = importContacts(cli, file);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("error: file: unknown columns 'phone', 'fax' in " + file
                + " (known columns: id, email, first_name, last_name, locale, member_id, subscribed)");
        assertThat(contacts.count()).isZero();
        assertThat(dir.resolve("contacts.rejects.csv")).doesNotExist();
        assertThat(Files.exists(file)).isTrue();
    }
}
