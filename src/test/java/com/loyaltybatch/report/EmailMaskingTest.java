package com.loyaltybatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailMaskingTest {

    @Test
    void anAddressKeepsItsFirstLetterAndItsDomain() {
        assertThat(EmailMasking.mask("ada@example.com")).isEqualTo("a***@example.com");
        assertThat(EmailMasking.mask("a@example.com")).isEqualTo("a***@example.com");
        assertThat(EmailMasking.mask("Jean.Luc+loyalty@mail.example.co.uk")).isEqualTo("J***@mail.example.co.uk");
    }

    @Test
    void everyAddressInATextIsMasked() {
        assertThat(EmailMasking.maskAll("550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown"))
                .isEqualTo("550 5.1.1 <b***@example.com>: Recipient address rejected: User unknown");
        assertThat(EmailMasking.maskAll("to ada@example.com, alan@example.org and grace@example.net"))
                .isEqualTo("to a***@example.com, a***@example.org and g***@example.net");
    }

    @Test
    void maskingTwiceChangesNothing() {
        String once = EmailMasking.maskAll("reply from <ada@example.com>");

        assertThat(EmailMasking.maskAll(once)).isEqualTo(once).isEqualTo("reply from <a***@example.com>");
    }

    @Test
    void textWithoutAnAddressIsLeftAlone() {
        assertThat(EmailMasking.maskAll("period 2026-10: 3 sent, 0 failed")).isEqualTo("period 2026-10: 3 sent, 0 failed");
        assertThat(EmailMasking.maskAll("@ alone, user@ and @host.example")).isEqualTo("@ alone, user@ and @host.example");
        assertThat(EmailMasking.maskAll("")).isEmpty();
        assertThat(EmailMasking.maskAll(null)).isNull();
        assertThat(EmailMasking.mask("not an address")).isEqualTo("not an address");
    }
}
