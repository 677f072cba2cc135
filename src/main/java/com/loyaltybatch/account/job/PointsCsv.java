package com.loyaltybatch.account.job;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;

import com.loyaltybatch.batch.Csv;
import com.loyaltybatch.common.InvalidInputException;

/**
 * The points file: UTF-8 CSV (RFC 4180 quoting; a byte order mark is ignored) with a header row of
 * exactly the columns {@code email} and {@code points}, in either order, matched without regard to
 * case or surrounding blanks. Any other header refuses the whole file before a row is read.
 */
final class PointsCsv {

    static final List<String> COLUMNS = List.of("email", "points");

    private final String line;
    private final String[] columns;

    private PointsCsv(String line, String[] columns) {
        this.line = line;
        this.columns = columns;
    }

    static PointsCsv header(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InvalidInputException.field("file", Files.exists(file) ? "not a file: " + file : "no such file: " + file);
        }
        String line;
        try (BufferedReader in = Csv.open(Files.newInputStream(file))) {
            line = in.readLine();
        } catch (IOException e) {
            throw InvalidInputException.field("file", "cannot read " + file + ": " + e.getMessage());
        }
        if (line == null || line.isBlank()) {
            throw InvalidInputException.field("file", "no header row, the file is empty: " + file);
        }
        String[] columns = Arrays.stream(tokenizer().tokenize(line).getValues())
                .map(name -> name.strip().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        if (columns.length != 2 || !Arrays.asList(columns).containsAll(COLUMNS)) {
            throw InvalidInputException.field("file", "the header of " + file
                    + " must have exactly the columns email and points (in either order), has: " + line);
        }
        return new PointsCsv(line, columns);
    }

    /** The header row as it is in the file. */
    String line() {
        return line;
    }

    /** A tokenizer that names the fields as the header does; a row with another field count is malformed. */
    DelimitedLineTokenizer rowTokenizer() {
        DelimitedLineTokenizer tokenizer = tokenizer();
        tokenizer.setNames(columns);
        return tokenizer;
    }

    /** SHA-256 of the file's bytes, hex: what makes the idempotency keys of its rows. */
    static String checksum(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw InvalidInputException.field("file", "cannot read " + file + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DelimitedLineTokenizer tokenizer() {
        return Csv.tokenizer();
    }
}
