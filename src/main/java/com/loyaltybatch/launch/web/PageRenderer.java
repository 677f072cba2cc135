package com.loyaltybatch.launch.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import com.loyaltybatch.messaging.TemplateRenderer;
import com.loyaltybatch.program.ProgramService;

/**
 * Renders the opt-out page from {@code templates/unsubscribe/page.ftlh} (HTML-escaped; one file per
 * language, {@code page_de.ftlh}, with the statement's fallback from {@code de-AT} to {@code de} to
 * English), self-contained: the headers allow no external resource, no framing and no referrer.
 */
@ConditionalOnWebApplication
@Component
class PageRenderer {

    static final String TEMPLATE = "unsubscribe/page.ftlh";
    static final String CONFIRM = "confirm";
    static final String DONE = "done";
    static final String INVALID = "invalid";

    /**
     * The model of the page.
     *
     * @param state   {@code confirm} (the button), {@code done} (unsubscribed) or {@code invalid} (a bad link)
     * @param program the program's name, or null
     * @param action  where the button POSTs, relative to the page (its token); null unless confirming
     */
    record Page(String state, String program, String action) {
    }

    private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    private final TemplateRenderer renderer;
    private final ProgramService program;

    PageRenderer(TemplateRenderer renderer, ProgramService program) {
        this.renderer = renderer;
        this.program = program;
    }

    ResponseEntity<String> page(HttpStatus status, Locale locale, String state, String token) {
        String html = renderer.renderTemplate(TEMPLATE, locale,
                new Page(state, program.get().name(), CONFIRM.equals(state) ? token : null));
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .body(html);
    }

    /** The contact's language, as the statement picks it; English when it has none. */
    static Locale locale(String tag) {
        Locale locale = tag == null || tag.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(tag.strip());
        return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    /** For a link that names no contact: the browser's first language, else English. */
    static Locale browserLocale(String acceptLanguage) {
        try {
            List<Locale.LanguageRange> ranges = acceptLanguage == null ? List.of()
                    : Locale.LanguageRange.parse(acceptLanguage);
            return ranges.isEmpty() ? Locale.ENGLISH : locale(ranges.get(0).getRange().replace("*", ""));
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
