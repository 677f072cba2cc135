package com.loyaltybatch.statement;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed tokens of opt-out links: {@code base64url(contactId "." period) "." base64url(HMAC-SHA256)}.
 * A token names one contact and the statement period it was sent with, so the link of an old
 * statement keeps working, and nobody can turn it into another contact's (or another period's)
 * without the secret. The endpoint that receives it trusts the token alone: no login, no lookup
 * table.
 */
public final class UnsubscribeTokens {

    /** HMAC-SHA256 keys shorter than its 32-byte output weaken it; shorter secrets are refused. */
    public static final int MIN_SECRET_BYTES = 32;

    /** Longer than any token this class issues (a 64-character contact id gives about 150). */
    static final int MAX_TOKEN_LENGTH = 512;

    /** What a valid token says: whose opt-out, from which period's statement. */
    public record Ticket(String contactId, String period) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;

    /** @param secret the signing secret; null or shorter than {@link #MIN_SECRET_BYTES} signs and verifies nothing */
    UnsubscribeTokens(String secret) {
        byte[] bytes = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        this.secret = bytes.length >= MIN_SECRET_BYTES ? bytes : null;
    }

    /** True when the secret is long enough to sign and verify tokens. */
    public boolean usable() {
        return secret != null;
    }

    /** The token of a contact's opt-out link in the statement of {@code period} ({@code 2026-10}). */
    public String issue(String contactId, String period) {
        if (secret == null) {
            throw new IllegalStateException("no usable unsubscribe secret to sign tokens with");
        }
        String payload = ENCODER.encodeToString((contactId + "." + period).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The ticket of a token this class issued with the same secret; empty for anything forged, altered or malformed. */
    public Optional<Ticket> verify(String token) {
        if (secret == null || token == null || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        // the signature as text, so that no other spelling of the same bytes passes
        byte[] expected = ENCODER.encodeToString(sign(payload)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(DECODER.decode(payload), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int split = decoded.lastIndexOf('.');
        if (split <= 0) {
            return Optional.empty();
        }
        String period = decoded.substring(split + 1);
        try {
            YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.of(new Ticket(decoded.substring(0, split), period));
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
