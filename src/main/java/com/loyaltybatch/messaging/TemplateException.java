package com.loyaltybatch.messaging;

/** A template is missing, does not parse, or refers to something its model lacks. */
public class TemplateException extends RuntimeException {

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
