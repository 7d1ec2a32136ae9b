package org.ehcflow.notify;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the SMTP server named by Spring Boot's {@code spring.mail.*} settings. */
class SmtpMailDelivery implements MailDelivery {

	private final JavaMailSender sender;

	SmtpMailDelivery(JavaMailSender sender) {
		this.sender = sender;
	}

	@Override
	public void deliver(RenderedEmail email) throws MailDeliveryException {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(email.from());
		message.setTo(email.to());
		message.setSubject(email.subject());
		message.setText(email.body());
		try {
			sender.send(message);
		}
		catch (MailException ex) {
			throw new MailDeliveryException("SMTP server refused or could not be reached: " + ex.getClass().getSimpleName(), ex);
		}
	}

}
