package com.loyaltybatch.support;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Scripts under {@code src/test/node} run with Node.js, with the packages of its lock file
 * ({@code npm ci --prefix src/test/node}). Without them a test is skipped with a message, unless
 * {@code LOYALTY_REQUIRE_NODE} is set (as {@code .ci/run} sets it): then it fails.
 */
public final class Node {

    public static final Path SCRIPTS = Path.of("src/test/node");

    public record Run(int exitCode, String output) {
    }

    private Node() {
    }

    /** Skips (or fails, under CI) the calling test unless Node.js and {@code module} are installed. */
    public static void require(String module) throws IOException, InterruptedException {
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
        if (missing == null && !Files.isDirectory(SCRIPTS.resolve("node_modules").resolve(module))) {
            missing = module + " is not installed: npm ci --prefix src/test/node";
        }
        if (missing != null) {
            if (required) {
                fail(missing);
            }
            Assumptions.abort(missing + "; the test is skipped");
        }
    }

    /** Runs a script of {@link #SCRIPTS} with these environment variables; its output is printed too. */
    public static Run run(String script, Map<String, String> environment, long timeoutSeconds)
            throws IOException, InterruptedException {
        var node = new ProcessBuilder("node", script).directory(SCRIPTS.toFile()).redirectErrorStream(true);
        node.environment().putAll(environment);
        Process process = node.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("node " + script + " did not finish within " + timeoutSeconds + " s:\n" + output);
        }
        System.out.println(output);
        return new Run(process.exitValue(), output);
    }
}
