package com.loyaltybatch.launch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.TestData;

/**
 * The official Wix SDK ({@code @wix/sdk} + {@code @wix/loyalty} from npm) against a real server:
 * {@code src/test/node/sdk-conformance.cjs} calls the programs, accounts and transactions routes
 * and checks what the SDK returns (renamed {@code _id} fields, Dates, revisions, 409 and 404).
 * Needs Node.js and {@code npm ci --prefix src/test/node}; without them the test is skipped with a
 * message, unless {@code LOYALTY_REQUIRE_NODE} is set (as {@code .ci/run} sets it): then it fails.
 */
@HttpApiTest
class ApiSdkConformanceTest {

    static final Path SCRIPTS = Path.of("src/test/node");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiKeys keys;

    @Test
    void theWixSdkWorksAgainstTheServer() throws Exception {
        requireNode();
        data.reset();
        List<String> contacts = new ArrayList<>();
        for (String email : List.of("ana@example.com", "ben@example.com", "cleo@example.com")) {
            contacts.add(data.contact(email).id());
        }
        String key = keys.create("sdk-" + System.nanoTime(), false).key();

        var node = new ProcessBuilder("node", "sdk-conformance.cjs").directory(SCRIPTS.toFile()).redirectErrorStream(true);
        node.environment().put("PORT", Integer.toString(port));
        node.environment().put("API_KEY", key);
        node.environment().put("CONTACTS", String.join(",", contacts));
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("node finished").isTrue();
        System.out.println(output);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("FAIL").contains("ok   transactions:");
    }

    private static void requireNode() throws IOException, InterruptedException {
        boolean required = System.getenv("LOYALTY_REQUIRE_NODE") != null;
        String missing = null;
        try {
            Process version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (!version.waitFor(30, TimeUnit.SECONDS) || version.exitValue() != 0) {
                missing = "node --version failed";
            }
        } catch (IOException e) {
            missing = "Node.js is not installed (node not found)";
        }
        if (missing == null && !Files.isDirectory(SCRIPTS.resolve("node_modules/@wix/loyalty"))) {
            missing = "the SDK is not installed: npm ci --prefix src/test/node";
        }
        if (missing != null) {
            if (required) {
                fail(missing);
            }
            Assumptions.abort(missing + "; the SDK conformance test is skipped");
        }
    }
}
