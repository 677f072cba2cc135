package com.loyaltybatch.contact;

/** Where an email opt-out came from; stored and shown as its {@link #code()}. */
public enum UnsubscribeSource {

    /** A mailbox provider's RFC 8058 one-click POST ({@code List-Unsubscribe=One-Click}). */
    ONE_CLICK("one-click"),
    /** The confirmation button of the opt-out page the message links to. */
    PAGE("page"),
    /** {@code contacts unsubscribe EMAIL}. */
    COMMAND("command"),
    /** A contacts CSV row with {@code subscribed=false}. */
    IMPORT("import");

    private final String code;

    UnsubscribeSource(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
