package com.loyaltybatch.common;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads values given as text (job parameters, command options); a value that does not read is
 * refused naming the field. Null reads as null.
 */
public final class TextValues {

    private TextValues() {
    }

    public static Long number(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(field, "not a whole number: " + value);
        }
    }

    public static Boolean bool(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidInputException.field(field, "true or false, got " + value);
        };
    }

    public static BigDecimal money(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.field(field, "not a number: " + value);
        }
    }

    public static <E extends Enum<E>> E choice(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field(field, "one of " + Arrays.toString(type.getEnumConstants()) + ", got " + value);
        }
    }
}
