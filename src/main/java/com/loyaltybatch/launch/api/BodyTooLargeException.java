package com.loyaltybatch.launch.api;

/** A request body over the limit (HTTP 413). */
class BodyTooLargeException extends RuntimeException {

    BodyTooLargeException(String message) {
        super(message);
    }
}
