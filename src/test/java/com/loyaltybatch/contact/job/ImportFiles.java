package com.loyaltybatch.contact.job;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.loyaltybatch.launch.cli.Cli;

/** Writes import files and runs {@code contacts import} in-process, capturing its output. */
final class ImportFiles {

    private ImportFiles() {
    }

    record Run(int exitCode, String out, String err) {
    }

    static Path csv(Path dir, String name, String... lines) {
        return write(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Run importContacts(Cli cli, Path file, String... options) {
        List<String> args = new ArrayList<>(List.of("contacts", "import", file.toString()));
        args.addAll(List.of(options));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = cli.execute(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        return new Run(code, out.toString().strip(), err.toString().strip());
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
