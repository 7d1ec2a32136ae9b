package org.ehcflow.notify;

/**
 * An email ready to send to one recipient: plain text, and an HTML version when its
 * template has one ({@code html} is null otherwise).
 */
public record RenderedEmail(String from, String to, String subject, String body, String html) {

	/** A plain-text email. */
	public RenderedEmail(String from, String to, String subject, String body) {
		this(from, to, subject, body, null);
	}

	public boolean hasHtml() {
		return html != null && !html.isBlank();
	}

}
