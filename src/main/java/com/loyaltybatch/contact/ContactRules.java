package com.loyaltybatch.contact;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

import com.loyaltybatch.common.InvalidInputException;

/** Field rules for contacts; each refusal names the field. */
public final class ContactRules {

    /** Deliberately plain: one {@code @}, a dot in the domain, no spaces or angle brackets. */
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private ContactRules() {
    }

    /** Returns the draft with values trimmed and the locale in canonical form, or refuses it. */
    public static ContactDraft validate(ContactDraft draft) {
        String id = maxLength("id", blankToNull(draft.id()), 64);
        String email = blankToNull(draft.email());
        if (id == null && email == null) {
            throw new InvalidInputException("id or email: one of them is required");
        }
        if (email != null) {
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                throw InvalidInputException.field("email", "not a valid address: " + email);
            }
        }
        return new ContactDraft(id, email,
                maxLength("firstName", blankToNull(draft.firstName()), 100),
                maxLength("lastName", blankToNull(draft.lastName()), 100),
                locale(blankToNull(draft.locale())),
                maxLength("memberId", blankToNull(draft.memberId()), 64),
                draft.subscribed());
    }

    /** Canonical key of an email address: addresses compare case-insensitively. */
    public static String emailKey(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    static String locale(String tag) {
        if (tag == null) {
            return null;
        }
        if (tag.length() > 35) {
            throw InvalidInputException.field("locale", "must be at most 35 characters, got " + tag.length());
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(tag.replace('_', '-')).build();
            if (locale.getLanguage().isEmpty()) {
                throw InvalidInputException.field("locale", "not a language tag: " + tag);
            }
            return locale.toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw InvalidInputException.field("locale", "not a language tag: " + tag);
        }
    }

    private static String maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw InvalidInputException.field(field, "must be at most " + max + " characters, got " + value.length());
        }
        return value;
    }

    private static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
