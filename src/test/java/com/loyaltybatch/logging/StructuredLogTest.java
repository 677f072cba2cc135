package com.loyaltybatch.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.LoyaltyApplication;
import com.loyaltybatch.support.ChildJvm;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.Ledger;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code logging.structured.format.console=ecs} on the command line, as a log shipper reads it: the
 * statement run in its own process logs one ECS JSON object per line on stderr, and no line
 * carries a member's email address, not even the SMTP replies that name their recipient.
 */
@SpringBootTest(properties = {
        "loyalty.cli.enabled=false",
        "spring.datasource.url=jdbc:h2:file:./target/structured-log-h2/loyalty;AUTO_SERVER=TRUE",
        "loyalty.clock.fixed=2026-11-15T10:00:00Z"})
@Import({TestData.class, CliRunner.class, Ledger.class})
class StructuredLogTest {

    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    static final List<String> EMAILS = List.of("ada.lovelace@example.com", "bob@example.org",
            SmtpServerExtension.REJECTED_PREFIX + "-rita@example.com",
            SmtpServerExtension.GREYLISTED_PREFIX + "-greta@example.net");

    @Autowired
    TestData testData;

    @Value("${spring.datasource.url}")
    String url;

    @Test
    void theStatementLogsEcsJsonLinesWithEveryEmailMasked(@TempDir Path dir) throws Exception {
        testData.reset();
        testData.activeProgram();
        for (String email : EMAILS) {
            testData.member("Member", email, email, "en", true, null);
        }
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");

        Process run = ChildJvm.start(out, err, LoyaltyApplication.class, "run", "monthly-statement", "period=2026-10",
                "--logging.structured.format.console=ecs", "--spring.datasource.url=" + url,
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.port(),
                "--loyalty.mail.retry.delay=20ms", "--loyalty.clock.fixed=2026-11-15T10:00:00Z");
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String stdout = Files.readString(out);
        String stderr = Files.readString(err);
        assertThat(run.exitValue()).as(stdout + stderr).isEqualTo(3);
        assertThat(stdout).contains("3 sent, 1 failed, 0 uncertain");
        var json = JsonMapper.builder().build();
        List<JsonNode> lines = stderr.lines().map(json::readTree).toList();
        assertThat(lines).as(stderr).isNotEmpty().allSatisfy(line -> {
            assertThat(line.has("@timestamp")).as(line.toString()).isTrue();
            assertThat(line.at("/ecs/version").isMissingNode()).as(line.toString()).isFalse();
        });
        List<String> messages = lines.stream().map(line -> line.get("message").asString()).toList();
        assertThat(messages).anySatisfy(message -> assertThat(message).contains("rejected: 550",
                "<r***@example.com>"));
        assertThat(messages).anySatisfy(message -> assertThat(message).contains("451", "<g***@example.net>"));
        for (String email : EMAILS) {
            assertThat(stderr).doesNotContain(email);
            assertThat(stdout).doesNotContain(email);
        }
    }
}
