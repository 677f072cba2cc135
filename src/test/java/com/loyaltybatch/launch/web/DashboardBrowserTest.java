package com.loyaltybatch.launch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.loyaltybatch.support.HeadlessChromium;
import com.loyaltybatch.support.HttpApiTest;
import com.loyaltybatch.support.Node;
import com.loyaltybatch.support.TestData;

/**
 * The dashboard in a real browser: headless Chromium driven by Playwright
 * ({@code src/test/node/dashboard-browser.cjs}) signs in, launches a dry-run statement through
 * its form and confirmation, watches it finish on the live detail page and finds it listed.
 * Screenshots are kept in {@code target/dashboard-screenshots}.
 */
@HttpApiTest
class DashboardBrowserTest {

    static final Path SHOTS = Path.of("target/dashboard-screenshots");

    @LocalServerPort
    int port;

    @Autowired
    TestData data;

    @Test
    void anOperatorSignsInLaunchesADryRunAndWatchesItFinish() throws Exception {
        Path chromium = HeadlessChromium.assumeInstalled().binary();
        Node.require("playwright-core");
        data.reset();
        data.activeProgram();
        for (int i = 0; i < 40; i++) {
            data.member("Member", "No" + i, "member" + i + "@example.com", "en", i % 10 != 0, null);
        }
        Files.createDirectories(SHOTS);

        var run = Node.run("dashboard-browser.cjs", Map.of("PORT", Integer.toString(port),
                "USER", HttpApiTest.DASHBOARD_USER, "PASSWORD", HttpApiTest.DASHBOARD_PASSWORD, "PERIOD", "2026-10",
                "CHROMIUM", chromium.toString(), "SHOTS", SHOTS.toAbsolutePath().toString()), 180);

        assertThat(run.output()).doesNotContain("FAIL").contains("ok   signing out returns to the sign-in page");
        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(SHOTS.resolve("dashboard.png")).isNotEmptyFile();
        assertThat(SHOTS.resolve("dashboard-execution.png")).isNotEmptyFile();
    }
}
