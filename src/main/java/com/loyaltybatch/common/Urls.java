package com.loyaltybatch.common;

import java.net.URI;
import java.net.URISyntaxException;

/** The rule for URLs the program shows members, such as icons. */
public final class Urls {

    public static final int MAX_LENGTH = 2048;

    private Urls() {
    }

    /** An absolute http(s) URL of at most 2,048 characters, stripped; blank or null reads as null. */
    public static String http(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String url = value.strip();
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw InvalidInputException.field(field, "must be an absolute http(s) URL: " + url);
            }
        } catch (URISyntaxException e) {
            throw InvalidInputException.field(field, "not a URL: " + url);
        }
        if (url.length() > MAX_LENGTH) {
            throw InvalidInputException.field(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return url;
    }
}
