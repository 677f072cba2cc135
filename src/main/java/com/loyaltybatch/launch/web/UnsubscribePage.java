package com.loyaltybatch.launch.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.contact.Contact;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.contact.UnsubscribeSource;
import com.loyaltybatch.statement.UnsubscribeTokens;

/**
 * The opt-out link of statements, {@code /unsubscribe/{token}}. A POST with the form body
 * {@code List-Unsubscribe=One-Click} is a mailbox provider's one-click unsubscribe (RFC 8058):
 * it opts the contact out and answers 200 with a line of text. A GET shows a page in the
 * contact's language with a button that POSTs back (then the source is {@code page}); a GET
 * never unsubscribes, because mail scanners fetch links. Both are idempotent. A token that does
 * not verify is 400 and changes nothing.
 */
@ConditionalOnWebApplication
@RestController
class UnsubscribePage {

    static final String PATH = "/unsubscribe/{token}";
    private static final String ONE_CLICK = "One-Click";
    private static final Logger log = LoggerFactory.getLogger(UnsubscribePage.class);

    private final UnsubscribeTokens tokens;
    private final ContactService contacts;
    private final PageRenderer pages;

    UnsubscribePage(UnsubscribeTokens tokens, ContactService contacts, PageRenderer pages) {
        this.tokens = tokens;
        this.contacts = contacts;
        this.pages = pages;
    }

    @GetMapping(PATH)
    ResponseEntity<String> confirm(@PathVariable String token,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String languages) {
        Optional<Contact> contact = tokens.verify(token).flatMap(ticket -> contacts.find(ticket.contactId()));
        if (contact.isEmpty()) {
            return invalid(token, languages);
        }
        return pages.page(HttpStatus.OK, PageRenderer.locale(contact.get().locale()),
                contact.get().subscribed() ? PageRenderer.CONFIRM : PageRenderer.DONE, token);
    }

    @PostMapping(PATH)
    ResponseEntity<String> unsubscribe(@PathVariable String token,
            @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String languages) {
        boolean fromProvider = ONE_CLICK.equals(oneClick);
        var ticket = tokens.verify(token);
        Contact contact;
        try {
            contact = ticket.map(t -> contacts.unsubscribeById(t.contactId(),
                    fromProvider ? UnsubscribeSource.ONE_CLICK : UnsubscribeSource.PAGE)).orElse(null);
        } catch (NotFoundException gone) {
            contact = null;
        }
        if (contact == null) {
            return fromProvider ? text(ticket.isEmpty() ? HttpStatus.BAD_REQUEST : HttpStatus.NOT_FOUND,
                    "This unsubscribe link is not valid.") : invalid(token, languages);
        }
        log.info("contact {} unsubscribed ({}, link of {})", contact.id(), contact.unsubscribeSource(),
                ticket.get().period());
        return fromProvider ? text(HttpStatus.OK, "Unsubscribed.")
                : pages.page(HttpStatus.OK, PageRenderer.locale(contact.locale()), PageRenderer.DONE, token);
    }

    /** 400 for a token that does not verify, 404 for a valid one whose contact is gone. */
    private ResponseEntity<String> invalid(String token, String languages) {
        HttpStatus status = tokens.verify(token).isPresent() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST;
        return pages.page(status, PageRenderer.browserLocale(languages), PageRenderer.INVALID, null);
    }

    private static ResponseEntity<String> text(HttpStatus status, String line) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(line + "\n");
    }
}
