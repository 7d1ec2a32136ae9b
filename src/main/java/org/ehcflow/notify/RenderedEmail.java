package org.ehcflow.notify;

/** An email ready to send: plain text, one recipient. */
public record RenderedEmail(String from, String to, String subject, String body) {
}
