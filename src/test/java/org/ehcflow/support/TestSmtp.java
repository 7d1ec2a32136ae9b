package org.ehcflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.springframework.test.context.DynamicPropertyRegistry;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server (GreenMail) on a free port of its own, so that two builds on one machine do
 * not take each other's mail.
 */
public final class TestSmtp {

	private TestSmtp() {
	}

	/** A GreenMail server on the given port (from {@link #freePort()}). */
	public static GreenMailExtension on(int port) {
		return new GreenMailExtension(ServerSetupTest.SMTP.port(port));
	}

	/** Spring Boot's mail settings for a GreenMail server on the given port. */
	public static void pointMailAt(int port, DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> port);
	}

	/** A port nobody is using now. */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
