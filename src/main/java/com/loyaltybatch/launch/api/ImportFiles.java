package com.loyaltybatch.launch.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import com.loyaltybatch.common.InvalidInputException;

/**
 * Where an API import's file may come from: a {@code file:} path under one of the file roots, or
 * an {@code http(s)} URL that starts with an entry of the allow-list (no redirects followed); at
 * most 100 MB.
 */
final class ImportFiles {

    static final long MAX_FILE_SIZE = 104_857_600;

    private final List<Path> fileRoots;
    private final List<String> urlAllowList;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    ImportFiles(List<String> fileRoots, List<String> urlAllowList) {
        this.fileRoots = fileRoots.stream().filter(root -> !root.isBlank())
                .map(root -> Path.of(root.strip()).toAbsolutePath().normalize()).toList();
        this.urlAllowList = urlAllowList.stream().filter(prefix -> !prefix.isBlank()).toList();
    }

    /** Copies the file at {@code fileUrl} to {@code copy}, refusing what the configuration does not allow. */
    void fetch(String fileUrl, Path copy) throws IOException {
        URI uri;
        try {
            uri = URI.create(fileUrl);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("fileUrl", "not a URL: " + fileUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            Path source = Path.of(uri).toAbsolutePath().normalize();
            if (fileRoots.stream().noneMatch(source::startsWith)) {
                throw InvalidInputException.field("fileUrl", source + " is outside loyalty.api.imports.file-roots");
            }
            if (Files.size(source) > MAX_FILE_SIZE) {
                throw InvalidInputException.field("fileUrl", "the file is over 100 MB");
            }
            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw InvalidInputException.field("fileUrl", "a file: path or an http(s) URL, got " + fileUrl);
        }
        if (urlAllowList.stream().noneMatch(fileUrl::startsWith)) {
            throw InvalidInputException.field("fileUrl", fileUrl + " is not on loyalty.api.imports.url-allow-list");
        }
        HttpResponse<InputStream> response;
        try {
            response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("HTTP " + response.statusCode());
        }
        try (InputStream in = response.body()) {
            long copied = Files.copy(new java.io.BufferedInputStream(in), copy, StandardCopyOption.REPLACE_EXISTING);
            if (copied > MAX_FILE_SIZE) {
                Files.delete(copy);
                throw InvalidInputException.field("fileUrl", "the file is over 100 MB");
            }
        }
    }
}
