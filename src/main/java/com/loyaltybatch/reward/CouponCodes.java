package com.loyaltybatch.reward;

import java.security.SecureRandom;

/**
 * Coupon codes people can read out and type: 10 characters from an alphabet without the
 * look-alikes 0/O, 1/I/L, drawn with {@link SecureRandom}: 31^10 (about 8 * 10^14) codes, so
 * they cannot be guessed. Uniqueness is checked before use and guarded by a unique constraint.
 */
final class CouponCodes {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private CouponCodes() {
    }

    static String next() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }

    /** Codes are matched without regard to case or blanks around them. */
    static String normalize(String code) {
        return code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
