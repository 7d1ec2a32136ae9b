package org.ehcflow.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * With no SMTP server configured (the embedded demo), each email is written as a file
 * into a folder, where a person trying the demo can read it: plain text, or, for a
 * template with an HTML version, a {@code multipart/alternative} message whose parts stay
 * readable as they are (8-bit, not encoded). A mail program opens either kind.
 */
class MailDropFolder implements MailDelivery {

	private final Path folder;

	private final Clock clock;

	MailDropFolder(Path folder, Clock clock) {
		this.folder = folder;
		this.clock = clock;
	}

	@Override
	public void deliver(RenderedEmail email) throws MailDeliveryException {
		String name = Instant.now(clock).toString().replace(':', '-') + "-" + UUID.randomUUID() + ".eml";
		String headers = "From: " + email.from() + "\nTo: " + email.to() + "\nSubject: " + email.subject()
				+ "\nMIME-Version: 1.0\n";
		String content;
		if (email.hasHtml()) {
			String boundary = "ehcflow-" + UUID.randomUUID();
			content = headers + "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\n\n" + "--"
					+ boundary + "\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
					+ email.body() + "\n--" + boundary
					+ "\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + email.html()
					+ "\n--" + boundary + "--\n";
		}
		else {
			content = headers + "Content-Type: text/plain; charset=UTF-8\n\n" + email.body();
		}
		try {
			Files.createDirectories(folder);
			Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new MailDeliveryException("Could not write to the mail folder " + folder, ex);
		}
	}

	Path folder() {
		return folder;
	}

}
