package org.ehcflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.ehcflow.EhcFlowApplication;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

/**
 * Outside the demo, EHC Flow will not start with a default administrator or without one;
 * it says why, and stops before the engine or the web server starts.
 */
class StartupRefusalTests {

	/**
	 * Starts the real application as a council would (no demo users), with these
	 * settings.
	 */
	static void start(String... settings) {
		List<String> args = new ArrayList<>(List.of(
				// Command-line arguments beat the test profile that Surefire sets as a
				// system property.
				"--spring.profiles.active=council", "--spring.datasource.url=jdbc:h2:mem:refusal;DB_CLOSE_DELAY=-1",
				"--camunda.bpm.job-execution.enabled=false"));
		for (String setting : settings) {
			args.add("--" + setting);
		}
		new SpringApplicationBuilder(EhcFlowApplication.class).web(WebApplicationType.NONE)
			.run(args.toArray(String[]::new))
			.close();
	}

	@Nested
	class AStartedApplication {

		@Test
		void refusesToStartWithoutAnAdministrator() {
			assertThatThrownBy(() -> start("ehcflow.admin.username=", "ehcflow.admin.password="))
				.hasMessageContaining("EHC Flow refuses to start: no administrator is configured")
				.hasMessageContaining("EHCFLOW_ADMIN_USERNAME and EHCFLOW_ADMIN_PASSWORD");
		}

		@Test
		void refusesToStartWithTheDemosPassword() {
			assertThatThrownBy(() -> start("ehcflow.admin.username=counciladmin", "ehcflow.admin.password=demo"))
				.hasMessageContaining("EHC Flow refuses to start")
				.hasMessageContaining("is a demo or default password");
		}

		@Test
		void refusesToStartWithThePasswordSameAsTheUserName() {
			assertThatThrownBy(() -> start("ehcflow.admin.username=administratorofsend",
					"ehcflow.admin.password=administratorofsend"))
				.hasMessageContaining("is the same as the user name");
		}

	}

	@Nested
	class TheCheck {

		void check(MockEnvironment environment) {
			AdminCredentialsCheck check = new AdminCredentialsCheck();
			check.setEnvironment(environment);
			check.postProcessBeanFactory(new DefaultListableBeanFactory());
		}

		@ParameterizedTest(name = "{0} / {1}: {2}")
		@CsvSource(delimiter = '|', textBlock = """
				counciladmin | demo                                      | is a demo or default password
				counciladmin | Password                                  | is a demo or default password
				counciladmin | replace-with-a-long-random-admin-password | is a demo or default password
				counciladmin | CouncilAdmin                              | is the same as the user name
				counciladmin | short-1                                   | is shorter than 12 characters
				""")
		void refusesAWeakAdministratorPassword(String user, String password, String why) {
			MockEnvironment environment = new MockEnvironment().withProperty("ehcflow.admin.username", user)
				.withProperty("ehcflow.admin.password", password);
			assertThatThrownBy(() -> check(environment)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining(why);
		}

		@Test
		void refusesAUserNameCamundaWouldNotAccept() {
			MockEnvironment environment = new MockEnvironment()
				.withProperty("ehcflow.admin.username", "replace-with-admin-user-id")
				.withProperty("ehcflow.admin.password", "a-long-admin-secret-1");
			assertThatThrownBy(() -> check(environment)).hasMessageContaining("only letters and digits");
		}

		@Test
		void refusesCamundasOwnAdminUserWithoutARealPassword() {
			MockEnvironment environment = new MockEnvironment().withProperty("ehcflow.admin.username", "counciladmin")
				.withProperty("ehcflow.admin.password", "a-long-admin-secret-1")
				.withProperty("camunda.bpm.admin-user.id", "camunda");
			assertThatThrownBy(() -> check(environment))
				.hasMessageContaining("camunda.bpm.admin-user.password is empty");
		}

		@Test
		void acceptsALongSecretFromTheEnvironment() {
			check(new MockEnvironment().withProperty("ehcflow.admin.username", "counciladmin")
				.withProperty("ehcflow.admin.password", "correct horse battery staple"));
		}

		@Test
		void leavesTheDemoAlone() {
			MockEnvironment demo = new MockEnvironment();
			demo.setActiveProfiles("demo-users");
			check(demo);
			assertThat(demo.getProperty("ehcflow.admin.username")).isNull();
		}

	}

}
