package org.ehcflow.notify;

import java.nio.file.Path;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Chooses how email leaves: through SMTP when {@code spring.mail.host} names a server,
 * otherwise into {@code ehcflow.mail-drop-folder} (default {@code ./data/mail}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MailConfiguration {

	private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

	@Bean
	MailDelivery mailDelivery(@Value("${spring.mail.host:}") String smtpHost, ObjectProvider<JavaMailSender> sender,
			@Value("${ehcflow.mail-drop-folder:./data/mail}") Path dropFolder, Clock clock) {
		if (!smtpHost.isBlank() && sender.getIfAvailable() != null) {
			log.info("Email goes out through the SMTP server {}", smtpHost);
			return new SmtpMailDelivery(sender.getObject());
		}
		log.warn("No SMTP server configured (SPRING_MAIL_HOST): emails are written to {}", dropFolder.toAbsolutePath());
		return new MailDropFolder(dropFolder, clock);
	}

}
