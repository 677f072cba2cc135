package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The signed tokens of opt-out links: per contact and period, and nothing else passes. */
class UnsubscribeTokensTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef";
    final UnsubscribeTokens tokens = new UnsubscribeTokens(SECRET);

    @Test
    void aTokenNamesItsContactAndPeriod() {
        String token = tokens.issue("contact-1", "2026-10");

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}");
        assertThat(tokens.verify(token)).contains(new UnsubscribeTokens.Ticket("contact-1", "2026-10"));
    }

    @Test
    void eachPeriodHasItsOwnTokenAndAnOldOneKeepsWorking() {
        String september = tokens.issue("contact-1", "2026-09");
        String october = tokens.issue("contact-1", "2026-10");

        assertThat(september).isNotEqualTo(october);
        assertThat(tokens.verify(september)).contains(new UnsubscribeTokens.Ticket("contact-1", "2026-09"));
        assertThat(tokens.verify(october)).contains(new UnsubscribeTokens.Ticket("contact-1", "2026-10"));
    }

    @Test
    void contactIdsWithDotsRoundTrip() {
        assertThat(tokens.verify(tokens.issue("crm.42.x", "2026-10")))
                .contains(new UnsubscribeTokens.Ticket("crm.42.x", "2026-10"));
    }

    @Test
    void aTokenCannotBeTurnedIntoAnotherContactsOrPeriods() {
        String token = tokens.issue("contact-1", "2026-10");
        String signature = token.substring(token.indexOf('.') + 1);

        assertThat(tokens.verify(payload("contact-2.2026-10") + "." + signature)).isEmpty();
        assertThat(tokens.verify(payload("contact-1.2026-11") + "." + signature)).isEmpty();
        assertThat(tokens.verify(tokens.issue("contact-2", "2026-10").substring(0, token.indexOf('.') + 1)
                + signature)).isEmpty();
    }

    @Test
    void anAlteredTokenDoesNotVerify() {
        String token = tokens.issue("contact-1", "2026-10");
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            String altered = token.substring(0, i) + (c == 'A' ? 'B' : 'A') + token.substring(i + 1);
            assertThat(tokens.verify(altered)).as("changed at %d: %s", i, altered).isEmpty();
        }
        assertThat(tokens.verify(token + "=")).isEmpty();
        assertThat(tokens.verify(token + "A")).isEmpty();
        assertThat(tokens.verify(token.substring(0, token.length() - 1))).isEmpty();
    }

    @Test
    void aTokenOfAnotherSecretOrAForgedOneDoesNotVerify() {
        String other = new UnsubscribeTokens("another secret, also 32 bytes long").issue("contact-1", "2026-10");

        assertThat(tokens.verify(other)).isEmpty();
        assertThat(tokens.verify(payload("contact-1.2026-10") + ".forged")).isEmpty();
    }

    @Test
    void malformedTokensDoNotVerify() {
        String valid = tokens.issue("contact-1", "2026-10");
        for (String token : new String[] {null, "", ".", "abc", "a.b.c", valid + ".x", "." + valid, "%%%.%%%",
                "contact-1." + valid.substring(valid.indexOf('.') + 1), "x".repeat(5000) + valid}) {
            assertThat(tokens.verify(token)).as(token).isEmpty();
        }
        String noPeriod = payload("contact-1");
        assertThat(tokens.verify(signedByHand(noPeriod))).isEmpty();
        assertThat(tokens.verify(signedByHand(payload("contact-1.october")))).isEmpty();
    }

    @Test
    void aSecretShorterThan32BytesSignsAndVerifiesNothing() {
        var weak = new UnsubscribeTokens("0123456789abcdef0123456789abcde");
        var none = new UnsubscribeTokens(null);

        assertThat(weak.usable()).isFalse();
        assertThat(none.usable()).isFalse();
        assertThat(tokens.usable()).isTrue();
        assertThatThrownBy(() -> weak.issue("contact-1", "2026-10")).isInstanceOf(IllegalStateException.class);
        assertThat(weak.verify(tokens.issue("contact-1", "2026-10"))).isEmpty();
    }

    /** A well-formed token with a valid signature over any payload, as only the secret's holder can make. */
    private static String signedByHand(String payload) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return payload + "." + Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String payload(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
