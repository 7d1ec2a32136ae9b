package org.ehcflow.notify;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends through the SMTP server named by Spring Boot's {@code spring.mail.*} settings. A
 * plain-text email goes as it is; one with an HTML version goes as
 * {@code multipart/alternative}, the text first, so that every mail program shows the
 * best version it can.
 */
class SmtpMailDelivery implements MailDelivery {

	private final JavaMailSender sender;

	SmtpMailDelivery(JavaMailSender sender) {
		this.sender = sender;
	}

	@Override
	public void deliver(RenderedEmail email) throws MailDeliveryException {
		try {
			if (email.hasHtml()) {
				sender.send(withHtml(email));
			}
			else {
				sender.send(plain(email));
			}
		}
		catch (MailException ex) {
			throw new MailDeliveryException(
					"SMTP server refused or could not be reached: " + ex.getClass().getSimpleName(), ex);
		}
		catch (MessagingException ex) {
			throw new MailDeliveryException("The email could not be put together: " + ex.getClass().getSimpleName(),
					ex);
		}
	}

	private static SimpleMailMessage plain(RenderedEmail email) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(email.from());
		message.setTo(email.to());
		message.setSubject(email.subject());
		message.setText(email.body());
		return message;
	}

	private MimeMessage withHtml(RenderedEmail email) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_NO,
				StandardCharsets.UTF_8.name());
		helper.setFrom(email.from());
		helper.setTo(email.to());
		helper.setSubject(email.subject());
		MimeMultipart alternative = new MimeMultipart("alternative");
		MimeBodyPart text = new MimeBodyPart();
		text.setText(email.body(), StandardCharsets.UTF_8.name(), "plain");
		alternative.addBodyPart(text);
		MimeBodyPart html = new MimeBodyPart();
		html.setText(email.html(), StandardCharsets.UTF_8.name(), "html");
		alternative.addBodyPart(html);
		message.setContent(alternative);
		return message;
	}

}
