package com.loyaltybatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What reports never show: addresses in the clear, credentials of any kind. */
class ReportRedactionTest {

    @Test
    void valuesOfKeysThatNameACredentialAreHiddenEntirely() {
        assertThat(Redaction.value("spring.mail.password", "s3cret")).isEqualTo("***");
        assertThat(Redaction.value("SMTP_PASSWORD", "s3cret")).isEqualTo("***");
        assertThat(Redaction.value("unsubscribe.secret", "k")).isEqualTo("***");
        assertThat(Redaction.value("apiToken", 42L)).isEqualTo("***");
        assertThat(Redaction.value("period", "2026-10")).isEqualTo("2026-10");
    }

    @Test
    void theUserAndPasswordOfAUrlAreHidden() {
        assertThat(Redaction.text("smtp://loyalty:hunter2@mail.example.com:587"))
                .isEqualTo("smtp://***@mail.example.com:587");
        assertThat(Redaction.text("smtp://mail.example.com:587")).isEqualTo("smtp://mail.example.com:587");
    }

    @Test
    void addressesInValuesAreMaskedAndNumbersStayNumbers() {
        assertThat(Redaction.value("email", "grace@example.com")).isEqualTo("g***@example.com");
        assertThat(Redaction.value("sent", 3L)).isEqualTo(3L);
        assertThat(Redaction.value("dryRun", true)).isEqualTo(true);
        assertThat(Redaction.value("anything", null)).isNull();
    }
}
