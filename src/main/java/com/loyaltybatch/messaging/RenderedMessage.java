package com.loyaltybatch.messaging;

/** A message rendered from its three templates. */
public record RenderedMessage(String subject, String text, String html) {
}
