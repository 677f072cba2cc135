package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Which link and headers the opt-out settings make, and which settings are refused. */
class UnsubscribeLinksTest {

    static final String SECRET = "0123456789abcdef0123456789abcdef";
    static final String WEAK = "only-17-bytes-abc";

    @Test
    void aPublicUrlMakesTheOneClickLinkFirstAndThePostHeader() {
        var links = links("https://loyalty.shop.example.com/", "unsubscribe@shop.example.com", "", SECRET);
        String token = new UnsubscribeTokens(SECRET).issue("c-1", "2026-10");

        assertThat(links.problem()).isEmpty();
        assertThat(links.oneClick()).isTrue();
        assertThat(links.url("c-1", "2026-10")).isEqualTo("https://loyalty.shop.example.com/unsubscribe/" + token);
        assertThat(links.headers("c-1", "ada+news@example.com", "2026-10")).isEqualTo(Map.of(
                "List-Unsubscribe", "<https://loyalty.shop.example.com/unsubscribe/" + token + ">, "
                        + "<mailto:unsubscribe@shop.example.com?subject=unsubscribe%20ada%2Bnews%40example.com>",
                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
    }

    @Test
    void anExplicitUrlTemplateOverridesThePublicUrl() {
        var links = links("https://loyalty.shop.example.com", "", "https://shop.example.com/optout?t={token}", SECRET);

        assertThat(links.url("c-1", "2026-10")).isEqualTo("https://shop.example.com/optout?t="
                + new UnsubscribeTokens(SECRET).issue("c-1", "2026-10"));
        assertThat(links.headers("c-1", "ada@example.com", "2026-10")).containsKey("List-Unsubscribe-Post");
    }

    @Test
    void withoutAPublicUrlOnlyTheMailtoAddressAndNoPostHeader() {
        var links = links("", "unsubscribe@shop.example.com", "", WEAK);

        assertThat(links.problem()).isEmpty();
        assertThat(links.oneClick()).isFalse();
        assertThat(links.url("c-1", "2026-10")).isNull();
        assertThat(links.headers("c-1", "ada@example.com", "2026-10")).isEqualTo(Map.of(
                "List-Unsubscribe", "<mailto:unsubscribe@shop.example.com?subject=unsubscribe%20ada%40example.com>"));
        assertThat(links("", "", "", null).headers("c-1", "ada@example.com", "2026-10")).isEmpty();
    }

    @Test
    void aSecretShorterThan32BytesIsRefusedWithALinkAndNeverShown() {
        var weak = links("https://loyalty.shop.example.com", "", "", WEAK);
        var viaTemplate = links("", "", "https://shop.example.com/optout/{token}", WEAK);
        var missing = links("https://loyalty.shop.example.com", "", "", "");

        assertThat(weak.problem()).hasValue("loyalty.statement.unsubscribe.secret must be at least 32 bytes, got 17"
                + " (set LOYALTY_STATEMENT_UNSUBSCRIBE_SECRET, e.g. to the output of openssl rand -base64 32)");
        assertThat(viaTemplate.problem()).hasValueSatisfying(p -> assertThat(p).contains("at least 32 bytes")
                .doesNotContain(WEAK));
        assertThat(missing.problem()).hasValueSatisfying(p -> assertThat(p)
                .startsWith("loyalty.statement.unsubscribe.secret is required"));
        assertThat(weak.oneClick()).isFalse();
        assertThat(weak.headers("c-1", "ada@example.com", "2026-10")).isEmpty();
    }

    @Test
    void aTemplateWithoutTokenOrABadPublicUrlIsRefused() {
        assertThat(links("", "", "https://shop.example.com/optout", SECRET).problem())
                .hasValue("loyalty.statement.unsubscribe.url must contain {token}: https://shop.example.com/optout");
        assertThat(links("loyalty.shop.example.com", "", "", SECRET).problem())
                .hasValue("loyalty.public-url: must be an absolute http(s) URL: loyalty.shop.example.com");
    }

    private static UnsubscribeLinks links(String publicUrl, String mailto, String url, String secret) {
        return new UnsubscribeLinks(publicUrl, new StatementProperties.Unsubscribe(mailto, url, secret),
                new UnsubscribeTokens(secret));
    }
}
