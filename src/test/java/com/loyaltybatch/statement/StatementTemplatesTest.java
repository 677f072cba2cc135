package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * Operator-edited templates and the file outbox (no SMTP host configured): templates in the
 * templates folder win over the bundled ones, and a broken one stops the run before anything goes out.
 */
@LoyaltyTest
class StatementTemplatesTest {

    static final Path root = tempDir();
    static final Path templates = root.resolve("templates");
    static final Path outbox = root.resolve("outbox");

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        registry.add("loyalty.templates.path", templates::toString);
        registry.add("loyalty.mail.outbox", outbox::toString);
    }

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @BeforeEach
    void members() throws IOException {
        testData.reset();
        testData.activeProgram();
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        testData.member("Bob", "Builder", "bob@example.com", "de-AT", true, null);
        delete(templates);
        delete(outbox);
        Files.createDirectories(templates.resolve("monthly-statement"));
    }

    @AfterEach
    void cleanUp() throws IOException {
        delete(templates);
    }

    @Test
    void withoutAnSmtpHostEveryMessageIsAnEmlFileInTheOutbox() throws Exception {
        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Path folder = outbox.resolve("2026-10");
        assertThat(run.out()).contains("Messages: " + folder.toAbsolutePath().normalize());
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.sorted().toList();
        }
        assertThat(files).hasSize(2).allSatisfy(file -> assertThat(file.toString()).endsWith(".eml"));
        try (InputStream in = Files.newInputStream(files.get(0))) {
            MimeMessage message = new MimeMessage(Session.getInstance(new java.util.Properties()), in);
            assertThat(message.getSubject()).matches("(Your|Ihre) Beans .*2026: 0 Beans");
            assertThat(message.getContentType()).startsWith("multipart/alternative");
        }
    }

    @Test
    void aTemplateInTheTemplatesFolderWinsOverTheBundledOne() throws Exception {
        Files.writeString(templates.resolve("monthly-statement/subject_de.ftl"), "Servus ${recipient.displayName}!");

        assertThat(cli.run("run", "monthly-statement", "period=2026-10").exitCode()).isZero();

        List<String> subjects = subjects();
        assertThat(subjects).containsExactlyInAnyOrder("Servus Bob!", "Your Beans in October 2026: 0 Beans");
    }

    @Test
    void aTemplateWithAnUnknownVariableFailsTheRunBeforeAnythingIsSent() throws Exception {
        Files.writeString(templates.resolve("monthly-statement/html.ftlh"), "<p>${points.lifetime}</p>");

        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Reason: template monthly-statement/html.ftlh (en) line 1: 'points.lifetime' is missing or null");
        assertThat(Files.exists(outbox.resolve("2026-10"))).isFalse();
    }

    @Test
    void aTemplateThatDoesNotParseFailsTheRunBeforeAnythingIsSent() throws Exception {
        Files.writeString(templates.resolve("monthly-statement/text_de.ftl"), "Hallo <#if recipient.firstName??>");

        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Reason: template monthly-statement/text.ftl (de)");
        assertThat(Files.exists(outbox.resolve("2026-10"))).isFalse();
    }

    @Test
    void dangerousBuiltInsAreOff() throws Exception {
        Files.writeString(templates.resolve("monthly-statement/subject.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");

        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Reason: template monthly-statement/subject.ftl");
    }

    private List<String> subjects() throws IOException {
        try (Stream<Path> listing = Files.list(outbox.resolve("2026-10"))) {
            return listing.map(file -> {
                try (InputStream in = Files.newInputStream(file)) {
                    return new MimeMessage(Session.getInstance(new java.util.Properties()), in).getSubject();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("statement-templates");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
