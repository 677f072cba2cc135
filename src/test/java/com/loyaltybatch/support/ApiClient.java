package com.loyaltybatch.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the API tests: JSON in, status and JSON out. */
public final class ApiClient {

    /** A response: its status, its JSON body (an empty object when it has none) and the raw response. */
    public record Response(int status, JsonNode body, HttpResponse<String> raw) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String key;

    public ApiClient(int port, String key) {
        this.base = "http://127.0.0.1:" + port;
        this.key = key;
    }

    public ApiClient withKey(String otherKey) {
        return new ApiClient(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), otherKey);
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    public Response send(String method, String path, String body) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (key != null) {
            request.header("Authorization", key);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            boolean isJson = response.headers().firstValue("Content-Type").orElse("").contains("json");
            return new Response(response.statusCode(), text == null || text.isBlank() || !isJson
                    ? JSON.createObjectNode() : JSON.readTree(text), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
