package com.loyaltybatch.launch.web;

import java.nio.charset.StandardCharsets;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.LoyaltyException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.messaging.TemplateException;
import com.loyaltybatch.statement.StatementPreview;
import com.loyaltybatch.statement.StatementPreviews;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /statements/{period}/{accountId}/preview}: the statement an account would get for a
 * period, as the browser shows it: the HTML body ({@code text/html}), or with {@code ?format=text}
 * the subject and text body ({@code text/plain}), or with {@code ?format=eml} the whole message
 * ({@code message/rfc822}). Nothing is sent or recorded. An account the statement would leave out
 * is shown all the same, with the reason in {@value #FILTERED_HEADER}. Unknown accounts are a 404
 * page, a bad period or format a 400 page, a template that does not render a 500 page saying where.
 */
@ConditionalOnWebApplication
@Controller
@Hidden // a page for people, not a route of the Loyalty API's description
class StatementPreviewPage {

    static final String FILTERED_HEADER = "X-Loyalty-Statement-Filtered";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);
    private static final MediaType EML = new MediaType("message", "rfc822");

    private final StatementPreviews previews;

    StatementPreviewPage(StatementPreviews previews) {
        this.previews = previews;
    }

    @GetMapping("/statements/{period}/{accountId}/preview")
    ResponseEntity<byte[]> preview(@PathVariable String period, @PathVariable String accountId,
            @RequestParam(defaultValue = "html") String format) {
        if (!format.equals("html") && !format.equals("text") && !format.equals("eml")) {
            throw InvalidInputException.field("format", "html, text or eml, got " + format);
        }
        StatementPreview preview = previews.preview(accountId, previews.period(period));
        var response = ResponseEntity.ok().cacheControl(CacheControl.noStore());
        if (preview.filteredBecause() != null) {
            response.header(FILTERED_HEADER, preview.filteredBecause());
        }
        return switch (format) {
            case "text" -> response.contentType(TEXT).body(("Subject: " + preview.subject() + "\n\n" + preview.text())
                    .getBytes(StandardCharsets.UTF_8));
            case "eml" -> response.contentType(EML).body(preview.eml());
            default -> response.contentType(HTML).body(preview.html().getBytes(StandardCharsets.UTF_8));
        };
    }

    @ExceptionHandler(LoyaltyException.class)
    ResponseEntity<byte[]> refused(LoyaltyException refusal) {
        HttpStatus status = refusal instanceof NotFoundException ? HttpStatus.NOT_FOUND
                : refusal instanceof InvalidInputException ? HttpStatus.BAD_REQUEST
                : HttpStatus.CONFLICT;
        return page(status, refusal.getMessage());
    }

    /** A template that does not render says where, as the statement run would: what a template author needs. */
    @ExceptionHandler(TemplateException.class)
    ResponseEntity<byte[]> brokenTemplate(TemplateException broken) {
        return page(HttpStatus.INTERNAL_SERVER_ERROR, broken.getMessage());
    }

    private static ResponseEntity<byte[]> page(HttpStatus status, String message) {
        String page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + status.value() + " "
                + status.getReasonPhrase() + "</title></head>\n<body><h1>" + status.getReasonPhrase() + "</h1>\n<p>"
                + HtmlUtils.htmlEscape(message) + "</p></body></html>\n";
        return ResponseEntity.status(status).contentType(HTML).cacheControl(CacheControl.noStore())
                .body(page.getBytes(StandardCharsets.UTF_8));
    }
}
