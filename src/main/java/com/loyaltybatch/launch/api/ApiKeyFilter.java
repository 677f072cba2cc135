package com.loyaltybatch.launch.api;

import java.io.IOException;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every call of the Loyalty API needs a key: {@code Authorization: <key>}, as the Wix SDK's
 * {@code ApiKeyStrategy} sends it, or {@code Authorization: Bearer <key>}. A missing or unknown key
 * is 401, a read-only key on a write 403 (it may GET, and POST queries, searches and counts).
 * {@code wix-site-id} and {@code wix-account-id} are accepted and ignored. The key is never
 * logged.
 * Bodies over 1 MB are refused here (413) when their length is declared, and by {@link
 * LimitedBody} when it is not.
 */
@ConditionalOnWebApplication
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiKeyFilter extends OncePerRequestFilter {

    /** The request attribute holding the call's id, also sent back as {@code X-Wix-Request-Id}. */
    static final String REQUEST_ID = ApiKeyFilter.class.getName() + ".requestId";

    private final ApiKeys keys;
    private final JsonMapper json;

    ApiKeyFilter(ApiKeys keys, JsonMapper json) {
        this.keys = keys;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the raw path and the one the server maps (decoded, dot segments resolved) must both be free
        String mapped = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !ApiPaths.isApi(request.getRequestURI()) && !ApiPaths.isApi(mapped);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = java.util.UUID.randomUUID().toString();
        request.setAttribute(REQUEST_ID, requestId);
        response.setHeader("X-Wix-Request-Id", requestId);
        String header = request.getHeader("Authorization");
        String presented = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7)
                : header;
        var key = keys.find(presented);
        if (key.isEmpty()) {
            refuse(response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", header == null || header.isBlank()
                    ? "an API key is required: Authorization: <key>" : "the API key is not known or was revoked");
            return;
        }
        if (key.get().readOnly() && !reads(request)) {
            refuse(response, HttpStatus.FORBIDDEN, "PERMISSION_DENIED",
                    "the API key " + key.get().name() + " is read-only");
            return;
        }
        if (request.getContentLengthLong() > LimitedBody.MAX_BYTES) {
            refuse(response, HttpStatus.CONTENT_TOO_LARGE, "RESOURCE_EXHAUSTED", LimitedBody.TOO_LARGE);
            return;
        }
        chain.doFilter(new LimitedBody(request), response);
    }

    /** GET, and the POSTs that only read: queries, searches and counts. */
    static boolean reads(HttpServletRequest request) {
        String path = request.getRequestURI();
        return "GET".equals(request.getMethod()) || "POST".equals(request.getMethod())
                && (path.endsWith("/query") || path.endsWith("/search") || path.endsWith("/count"));
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String code, String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ApiError.application(code, message, Map.of()));
    }
}
