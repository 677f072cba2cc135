package com.loyaltybatch.launch.api;

/** A route of the Loyalty APIs that this engine has no model for (HTTP 501, documented in the README). */
class NotSupportedException extends RuntimeException {

    NotSupportedException(String message) {
        super(message);
    }
}
