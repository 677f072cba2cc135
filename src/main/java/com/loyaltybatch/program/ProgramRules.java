package com.loyaltybatch.program;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.Urls;

/** The ranges of the program's fields; each check names the field it refuses. */
public final class ProgramRules {

    public static final int MAX_MONTHS_OF_INACTIVITY = 12;

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
        return Urls.http("iconUrl", value);
    }

    static int monthsOfInactivity(int months) {
        if (months < 1 || months > MAX_MONTHS_OF_INACTIVITY) {
            throw InvalidInputException.field("monthsOfInactivity", "must be 1 to " + MAX_MONTHS_OF_INACTIVITY + ", got "
                    + months);
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
