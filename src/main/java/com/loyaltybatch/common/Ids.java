package com.loyaltybatch.common;

import java.util.UUID;

/** Identifiers are random UUIDs in their canonical text form, like the Loyalty APIs' GUIDs. */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
