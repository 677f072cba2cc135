package com.loyaltybatch.launch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.Node;
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

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Autowired
    ApiKeys keys;

    @Test
    void theWixSdkWorksAgainstTheServer() throws Exception {
        Node.require("@wix/loyalty");
        data.reset();
        List<String> contacts = new ArrayList<>();
        for (String email : List.of("ana@example.com", "ben@example.com", "cleo@example.com")) {
            contacts.add(data.contact(email).id());
        }
        String key = keys.create("sdk-" + System.nanoTime(), false).key();

        var run = Node.run("sdk-conformance.cjs", java.util.Map.of("PORT", Integer.toString(port), "API_KEY", key,
                "CONTACTS", String.join(",", contacts)), 120);
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).doesNotContain("FAIL").contains("ok   transactions:");
    }
}
