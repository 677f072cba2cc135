package com.loyaltybatch.program;

import java.net.URI;
import java.net.URISyntaxException;

import com.loyaltybatch.common.InvalidInputException;

/** The ranges of DOMAIN.md for program fields; each check names the field it refuses. */
final class ProgramRules {

    private ProgramRules() {
    }

    static String name(String value) {
        String name = value.strip();
        if (name.length() < 2 || name.length() > 50) {
            throw InvalidInputException.field("name", "must be 2 to 50 characters, got " + name.length());
        }
        return name;
    }

    static String pointName(String value) {
        String name = value.strip();
        if (name.isEmpty() || name.length() > 20) {
            throw InvalidInputException.field("pointName", "must be 1 to 20 characters, got " + name.length());
        }
        return name;
    }

    static String iconUrl(String value) {
        String url = value.strip();
        if (url.isEmpty()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                    || uri.getHost() == null) {
                throw InvalidInputException.field("iconUrl", "must be an absolute http(s) URL: " + url);
            }
        } catch (URISyntaxException e) {
            throw InvalidInputException.field("iconUrl", "not a URL: " + url);
        }
        if (url.length() > 2048) {
            throw InvalidInputException.field("iconUrl", "must be at most 2048 characters");
        }
        return url;
    }

    static int monthsOfInactivity(int months) {
        if (months < 1 || months > 12) {
            throw InvalidInputException.field("monthsOfInactivity", "must be 1 to 12, got " + months);
        }
        return months;
    }

    static int expiringPointsPercentage(int percentage) {
        if (percentage < 1 || percentage > 100) {
            throw InvalidInputException.field("expiringPointsPercentage", "must be 1 to 100, got " + percentage);
        }
        return percentage;
    }
}
