package org.ehcflow.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactories;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * A real SMTP server (GreenMail) on a free port chosen once per test run, so that two
 * builds on one machine do not take each other's mail, and so that the test classes that
 * send mail share one Spring context configuration (a port of their own each would give
 * each class a context).
 */
public final class TestSmtp {

	/** The port of this test run's SMTP server. */
	public static final int PORT = freePort();

	private TestSmtp() {
	}

	/** A GreenMail server on {@link #PORT}, for a class with {@link PointMailAtIt}. */
	public static GreenMailExtension server() {
		return new GreenMailExtension(ServerSetupTest.SMTP.port(PORT));
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

	/**
	 * Spring Boot's mail settings point at {@link #server()}: 127.0.0.1 and
	 * {@link #PORT}.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@Inherited
	@ContextCustomizerFactories(MailSettingsFactory.class)
	public @interface PointMailAtIt {

	}

	static final class MailSettingsFactory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new MailSettings();
		}

	}

	/** Equal to every other, so that it keeps one context for every class that has it. */
	private static final class MailSettings implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("testSmtp",
						Map.of("spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(PORT))));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof MailSettings;
		}

		@Override
		public int hashCode() {
			return MailSettings.class.hashCode();
		}

	}

}
