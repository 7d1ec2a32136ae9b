package org.ehcflow.security;

import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to start EHC Flow outside the demo with a default or missing administrator,
 * before the engine or the web server starts: no administrator configured
 * ({@code EHCFLOW_ADMIN_USERNAME}, {@code EHCFLOW_ADMIN_PASSWORD}), a password that is a
 * demo one, equals the user name or is shorter than {@value #MIN_LENGTH} characters, or
 * Camunda's own {@code camunda.bpm.admin-user} without a real password (Camunda would
 * make its id the password).
 *
 * <p>
 * The demo users ({@code demo-users} profile, part of {@code demo} and {@code test})
 * bring their own administrator; these checks then do not apply.
 */
@Component
class AdminCredentialsCheck implements BeanFactoryPostProcessor, EnvironmentAware {

	static final int MIN_LENGTH = 12;

	/**
	 * Passwords everyone knows: the demo's, Camunda's examples', and .env.example's
	 * placeholder.
	 */
	static final Set<String> KNOWN_PASSWORDS = Set.of("demo", "caseworker", "panel", "manager", "admin",
			"administrator", "camunda", "password", "changeme", "secret", "ehcflow",
			"replace-with-a-long-random-admin-password");

	private Environment environment;

	@Override
	public void setEnvironment(Environment environment) {
		this.environment = environment;
	}

	@Override
	public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
		if (environment.acceptsProfiles(Profiles.of("demo-users"))) {
			return;
		}
		String username = environment.getProperty("ehcflow.admin.username", "").trim();
		String password = environment.getProperty("ehcflow.admin.password", "");
		if (username.isEmpty() || password.isEmpty()) {
			throw new IllegalStateException("EHC Flow refuses to start: no administrator is configured. Set "
					+ "EHCFLOW_ADMIN_USERNAME and EHCFLOW_ADMIN_PASSWORD (a long random password) in the "
					+ "environment, or run the demo with the 'demo' profile.");
		}
		if (!username.matches("[a-zA-Z0-9]+")) {
			throw new IllegalStateException(
					"EHC Flow refuses to start: the administrator's user name (EHCFLOW_ADMIN_USERNAME) "
							+ "may hold only letters and digits, as Camunda requires of every user id.");
		}
		String weakness = weakness(username, password);
		if (weakness != null) {
			throw new IllegalStateException(
					"EHC Flow refuses to start: the administrator's password (EHCFLOW_ADMIN_PASSWORD) " + weakness
							+ ". Outside the 'demo' profile it must be a long random secret given in the environment.");
		}
		String camundaAdmin = environment.getProperty("camunda.bpm.admin-user.id", "").trim();
		if (!camundaAdmin.isEmpty()) {
			String camundaPassword = environment.getProperty("camunda.bpm.admin-user.password", "");
			String camundaWeakness = camundaPassword.isEmpty()
					? "is empty, so Camunda would make the user id the password"
					: weakness(camundaAdmin, camundaPassword);
			if (camundaWeakness != null) {
				throw new IllegalStateException("EHC Flow refuses to start: camunda.bpm.admin-user.password "
						+ camundaWeakness + ". Use EHCFLOW_ADMIN_USERNAME and EHCFLOW_ADMIN_PASSWORD instead.");
			}
		}
	}

	/** Why this password will not do, or null. */
	static String weakness(String username, String password) {
		String lower = password.trim().toLowerCase(Locale.ROOT);
		if (lower.equals(username.trim().toLowerCase(Locale.ROOT))) {
			return "is the same as the user name";
		}
		if (KNOWN_PASSWORDS.contains(lower)) {
			return "is a demo or default password";
		}
		if (password.length() < MIN_LENGTH) {
			return "is shorter than " + MIN_LENGTH + " characters";
		}
		return null;
	}

}
