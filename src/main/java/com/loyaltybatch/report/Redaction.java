package com.loyaltybatch.report;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What keeps sensitive data out of reports: every text a report shows passes through here.
 * Email addresses are masked; values of keys that name a credential, and the user information
 * of URLs ({@code smtp://user:secret@host}), are hidden entirely.
 */
final class Redaction {

    static final String HIDDEN = "***";

    private static final Pattern URL_USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");
    private static final String[] CREDENTIAL_WORDS = {"password", "passwd", "secret", "token", "credential", "apikey",
            "api-key", "api_key"};

    private Redaction() {
    }

    static String text(String text) {
        if (text == null) {
            return null;
        }
        return EmailMasking.maskAll(URL_USER_INFO.matcher(text).replaceAll(HIDDEN + "@"));
    }

    /** A named value (a job parameter, a result entry) as a report may show it. */
    static Object value(String key, Object value) {
        if (value == null) {
            return null;
        }
        if (isCredential(key)) {
            return HIDDEN;
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return text(value.toString());
    }

    static boolean isCredential(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String word : CREDENTIAL_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
