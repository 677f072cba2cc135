package com.loyaltybatch.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks email addresses for reports: {@code ada@example.com} reads {@code a***@example.com}. The
 * domain stays, so a person can still tell a typo in a domain or a provider that rejects mail.
 */
public final class EmailMasking {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+\\-])([A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]*@([A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+)");

    private EmailMasking() {
    }

    /** One address, masked; a value that is not an address is returned as it is. */
    public static String mask(String email) {
        return maskAll(email);
    }

    /** Every address in a text masked, e.g. in an SMTP reply {@code 550 <bob@example.com>: User unknown}. */
    public static String maskAll(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        Matcher matcher = EMAIL.matcher(text);
        return matcher.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
    }
}
