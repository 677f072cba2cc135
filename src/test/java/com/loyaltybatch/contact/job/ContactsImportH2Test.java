package com.loyaltybatch.contact.job;

import static com.loyaltybatch.contact.job.ImportFiles.csv;
import static com.loyaltybatch.contact.job.ImportFiles.importContacts;
import static com.loyaltybatch.contact.job.ImportFiles.lines;
import static com.loyaltybatch.contact.job.ImportFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.contact.Contact;
import com.loyaltybatch.launch.ExitCodes;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import on H2, plus the file-level rules, which do not depend on the database. */
class ContactsImportH2Test extends ContactsImportTest {

    @Autowired
    JsonMapper json;

    @Test
    void aMissingFileIsAnInputError() {
        var run = importContacts(cli, dir.resolve("nowhere.csv"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).isEqualTo("error: file: no such file: " + dir.resolve("nowhere.csv"));
    }

    @Test
    void anEmptyFileIsAnInputError() {
        var run = importContacts(cli, write(dir.resolve("empty.csv"), ""));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("error: file: no header row, the file is empty");
    }

    @Test
    void aHeaderWithoutIdOrEmailIsAnInputError() {
        var run = importContacts(cli, csv(dir, "names.csv", "first_name,last_name", "Ada,Lovelace"));

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("needs an id or an email column");
        assertThat(contacts.count()).isZero();
    }

    @Test
    void quotedFieldsAByteOrderMarkAndWindowsLineEndingsAreRead() {
        Path file = write(dir.resolve("excel.csv"), "\uFEFF\"Email\",\"First_Name\",LAST_NAME\r\n"
                + "ada@example.com,\"Ada, Countess\",\"Love\"\"lace\"\r\n"
                + "grace@example.com,\"Grace\nBrewster\",Hopper\r\n"
                + "\r\n"
                + "#alan@example.com,Alan,Turing\r\n");

        var run = importContacts(cli, file);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Imported 3 contacts");
        assertThat(contacts.findByEmail("ada@example.com")).map(Contact::name)
                .hasValue(new Contact.Name("Ada, Countess", "Love\"lace"));
        assertThat(contacts.findByEmail("grace@example.com")).map(c -> c.name().first()).hasValue("Grace\nBrewster");
        assertThat(contacts.findByEmail("#alan@example.com")).isPresent();
    }

    @Test
    void jsonOutputAndAnErrorsFileOfOneSChoosing() {
        Path errors = dir.resolve("out/bad rows.csv");
        Path file = csv(dir, "contacts.csv",
                "email,first_name",
                "ada@example.com,Ada",
                "nope,\"Quoted, with \"\"quotes\"\"\"");

        var run = importContacts(cli, file, "--errors", errors.toString(), "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        JsonNode summary = json.readTree(run.out());
        assertThat(summary.get("executionId").asLong()).isPositive();
        assertThat(summary.get("read").asLong()).isEqualTo(2);
        assertThat(summary.get("imported").asLong()).isEqualTo(1);
        assertThat(summary.get("inserted").asLong()).isEqualTo(1);
        assertThat(summary.get("updated").asLong()).isZero();
        assertThat(summary.get("rejected").asLong()).isEqualTo(1);
        assertThat(summary.get("errorsFile").asString()).isEqualTo(errors.toString());
        assertThat(lines(errors)).containsExactly("email,first_name,reason",
                "nope,\"Quoted, with \"\"quotes\"\"\",line 3: email: not a valid address: nope");
    }

    @Test
    void eachRunWritesItsOwnErrorsFileAndACleanRunLeavesNone() {
        Path errors = dir.resolve("contacts.rejects.csv");
        importContacts(cli, csv(dir, "contacts.csv", "email,locale", "one@example.com,??", "two@example.com,??"));
        assertThat(lines(errors)).hasSize(3);

        importContacts(cli, csv(dir, "contacts.csv", "email,locale", "one@example.com,??", "two@example.com,en"));
        assertThat(lines(errors)).hasSize(2).last().asString().startsWith("one@example.com,??,line 2:");

        var clean = importContacts(cli, csv(dir, "contacts.csv", "email,locale", "one@example.com,en"));
        assertThat(clean.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(errors).doesNotExist();
    }

    @Test
    void theErrorsFileCannotBeTheInput() {
        Path file = csv(dir, "contacts.csv", "email", "ada@example.com");

        var run = importContacts(cli, file, "--errors", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(lines(file)).containsExactly("email", "ada@example.com");
    }
}
