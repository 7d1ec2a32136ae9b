package org.ehcflow.notify;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * With no SMTP server configured (the embedded demo), each email is written as a text file into
 * a folder, where a person trying the demo can read it.
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
		String content = "From: " + email.from() + "\nTo: " + email.to() + "\nSubject: " + email.subject()
				+ "\nContent-Type: text/plain; charset=UTF-8\n\n" + email.body();
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
