package com.loyaltybatch.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A real browser for tests of HTML output: Chromium in headless mode, with a fresh profile and
 * nothing that reaches the network. Install it with {@code apt-get install -y chromium} (Debian,
 * Ubuntu) or point {@code CHROMIUM_BIN} at a Chromium or Chrome binary; without one, the tests
 * that need it are skipped.
 */
public final class HeadlessChromium {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The installed browser; skips the calling test, saying how to install one, when there is none. */
    public static HeadlessChromium assumeInstalled() {
        Optional<Path> binary = find();
        Assumptions.assumeTrue(binary.isPresent(), "Chromium is not installed: skipped the check in a real browser."
                + " Install it with 'apt-get install -y chromium' or set CHROMIUM_BIN.");
        return new HeadlessChromium(binary.get());
    }

    static Optional<Path> find() {
        String configured = System.getenv("CHROMIUM_BIN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> NAMES.stream().map(name -> Path.of(dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** The browser's executable, for a driver such as Playwright. */
    public Path binary() {
        return binary;
    }

    /** The page's DOM as the browser built it, serialized. */
    public String dumpDom(Path html) throws IOException, InterruptedException {
        return run(html, "--dump-dom");
    }

    /** A screenshot of the page at a desktop window size. */
    public void screenshot(Path html, Path png) throws IOException, InterruptedException {
        run(html, "--screenshot=" + png.toAbsolutePath(), "--window-size=1200,900", "--hide-scrollbars");
    }

    private String run(Path html, String... mode) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path log = Files.createTempFile("chromium", ".log");
        Path out = Files.createTempFile("chromium", ".out");
        try {
            List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile));
            command.addAll(List.of(mode));
            command.add(html.toUri().toString());
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(out.toFile()).start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not finish within 90 seconds");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Chromium exited " + process.exitValue() + ": " + Files.readString(log));
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
            Files.deleteIfExists(log);
            Files.deleteIfExists(out);
        }
    }
}
