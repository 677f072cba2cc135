package com.loyaltybatch.statement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * List-Unsubscribe headers and the opt-out link of each message. The link carries a token
 * {@code <contactId>.<signature>} signed with HMAC-SHA256, so a receiving endpoint can trust
 * which contact opted out without a lookup table, and nobody can forge another contact's link.
 */
class UnsubscribeLinks {

    private final String mailto;
    private final String urlTemplate;
    private final byte[] secret;

    UnsubscribeLinks(StatementProperties.Unsubscribe settings) {
        this.mailto = blankToNull(settings.mailto());
        this.urlTemplate = blankToNull(settings.url());
        if (urlTemplate != null) {
            if (!urlTemplate.contains("{token}")) {
                throw new IllegalStateException("loyalty.statement.unsubscribe.url must contain {token}: " + urlTemplate);
            }
            if (blankToNull(settings.secret()) == null) {
                throw new IllegalStateException("loyalty.statement.unsubscribe.secret is required with an unsubscribe url"
                        + " (set LOYALTY_STATEMENT_UNSUBSCRIBE_SECRET)");
            }
            this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
        } else {
            this.secret = null;
        }
    }

    String url(String contactId) {
        return urlTemplate == null ? null
                : urlTemplate.replace("{token}", URLEncoder.encode(token(contactId), StandardCharsets.UTF_8));
    }

    Map<String, String> headers(String contactId, String email) {
        Map<String, String> headers = new LinkedHashMap<>();
        StringBuilder value = new StringBuilder();
        if (mailto != null && email != null) {
            value.append("<mailto:").append(mailto).append("?subject=unsubscribe%20")
                    .append(URLEncoder.encode(email, StandardCharsets.UTF_8).replace("+", "%20")).append('>');
        }
        String url = url(contactId);
        if (url != null) {
            value.append(value.isEmpty() ? "" : ", ").append('<').append(url).append('>');
            headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        if (!value.isEmpty()) {
            headers.put("List-Unsubscribe", value.toString());
        }
        return headers;
    }

    String token(String contactId) {
        return contactId + "." + sign(contactId);
    }

    /** True when the token was issued by {@link #token} with this secret. */
    boolean verify(String token) {
        int dot = token.lastIndexOf('.');
        return secret != null && dot > 0 && MessageDigest.isEqual(
                sign(token.substring(0, dot)).getBytes(StandardCharsets.US_ASCII),
                token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII));
    }

    private String sign(String contactId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(contactId.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
