package com.loyaltybatch.contact;

/**
 * One contact as an import or an API call gives it: every field may be absent (null), and an
 * absent field leaves the stored value as it is. Either {@code id} or {@code email} identifies
 * the contact; {@link ContactRules#validate} checks the rest.
 */
public record ContactDraft(String id, String email, String firstName, String lastName, String locale,
        String memberId, Boolean subscribed) {
}
