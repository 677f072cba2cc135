package com.loyaltybatch.statement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.Urls;

/**
 * List-Unsubscribe headers and the opt-out link of each message. The link is
 * {@code loyalty.statement.unsubscribe.url} when set (a template with {@code {token}}), else
 * {@code <loyalty.public-url>/unsubscribe/{token}}, the page {@code serve} answers; its token is
 * signed per contact and period ({@link UnsubscribeTokens}). With a link, messages carry
 * {@code List-Unsubscribe: <link>, <mailto:...>} and {@code List-Unsubscribe-Post} (RFC 8058
 * one-click); without one, only the mailto address, when configured.
 * <p>
 * Settings that cannot make a link (a template without {@code {token}}, a bad public URL, a secret
 * shorter than 32 bytes) are a {@link #problem()}: the statement and {@code serve} refuse to start
 * on it rather than send links nobody can honour. Nothing here throws while the application starts.
 */
public final class UnsubscribeLinks {

    static final String PATH = "/unsubscribe/";

    private final String mailto;
    private final String urlTemplate;
    private final UnsubscribeTokens tokens;
    private final String problem;

    UnsubscribeLinks(String publicUrl, StatementProperties.Unsubscribe settings, UnsubscribeTokens tokens) {
        this.mailto = blankToNull(settings.mailto());
        this.tokens = tokens;
        String template = blankToNull(settings.url());
        String trouble = null;
        if (template != null && !template.contains("{token}")) {
            trouble = "loyalty.statement.unsubscribe.url must contain {token}: " + template;
        } else if (template == null && blankToNull(publicUrl) != null) {
            try {
                template = Urls.http("loyalty.public-url", publicUrl).replaceAll("/+$", "") + PATH + "{token}";
            } catch (InvalidInputException e) {
                trouble = e.getMessage();
            }
        }
        if (trouble == null && template != null && !tokens.usable()) {
            trouble = secretProblem(settings.secret());
        }
        this.problem = trouble;
        this.urlTemplate = trouble == null ? template : null;
    }

    private static String secretProblem(String secret) {
        String hint = " (set LOYALTY_STATEMENT_UNSUBSCRIBE_SECRET, e.g. to the output of openssl rand -base64 32)";
        return blankToNull(secret) == null
                ? "loyalty.statement.unsubscribe.secret is required to sign unsubscribe links" + hint
                : "loyalty.statement.unsubscribe.secret must be at least " + UnsubscribeTokens.MIN_SECRET_BYTES
                        + " bytes, got " + secret.getBytes(StandardCharsets.UTF_8).length + hint;
    }

    /** Why these settings cannot make opt-out links, if they cannot: one line, without the secret. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** True when messages carry a one-click link (RFC 8058), not only a mailto address. */
    public boolean oneClick() {
        return urlTemplate != null;
    }

    /** The opt-out link of a contact in the statement of {@code period}, or null without one. */
    String url(String contactId, String period) {
        return urlTemplate == null ? null : urlTemplate.replace("{token}",
                URLEncoder.encode(tokens.issue(contactId, period), StandardCharsets.UTF_8));
    }

    Map<String, String> headers(String contactId, String email, String period) {
        Map<String, String> headers = new LinkedHashMap<>();
        StringBuilder value = new StringBuilder();
        String url = url(contactId, period);
        if (url != null) {
            value.append('<').append(url).append('>');
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (mailto != null && email != null) {
            value.append(value.isEmpty() ? "" : ", ").append("<mailto:").append(mailto)
                    .append("?subject=unsubscribe%20")
                    .append(URLEncoder.encode(email, StandardCharsets.UTF_8).replace("+", "%20")).append('>');
        }
        if (!value.isEmpty()) {
            headers.put("List-Unsubscribe", value.toString());
        }
        return headers;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
