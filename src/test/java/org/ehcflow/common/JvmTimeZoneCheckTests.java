package org.ehcflow.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The JVM runs in the council's time zone, whatever started it. */
class JvmTimeZoneCheckTests {

	TimeZone before;

	@BeforeEach
	void remember() {
		before = TimeZone.getDefault();
	}

	@AfterEach
	void restore() {
		TimeZone.setDefault(before);
	}

	@Test
	void theTestsThemselvesRunInLondonAsTheApplicationDoes() {
		assertThat(before.getID()).isEqualTo("Europe/London");
	}

	@Test
	void aJvmStartedOnUtcIsPutInLondonTime() {
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

		new JvmTimeZoneCheck().check(new MockEnvironment());

		assertThat(TimeZone.getDefault().getID()).isEqualTo("Europe/London");
	}

	@Test
	void aCouncilThatAsksForItIsRefusedAStartInAnotherZoneAndToldWhatToSet() {
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

		assertThatIllegalStateException()
			.isThrownBy(() -> new JvmTimeZoneCheck()
				.check(new MockEnvironment().withProperty("ehcflow.time-zone-check", "refuse")))
			.withMessageContaining("runs in the time zone UTC")
			.withMessageContaining("-Duser.timezone=Europe/London");
		assertThat(TimeZone.getDefault().getID()).isEqualTo("UTC");
	}

	@Test
	void aJvmAlreadyInLondonIsLeftAlone() {
		TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));

		new JvmTimeZoneCheck().check(new MockEnvironment().withProperty("ehcflow.time-zone-check", "refuse"));

		assertThat(TimeZone.getDefault().getID()).isEqualTo("Europe/London");
	}

	@Test
	void aZoneThatIsNotOneIsNamed() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new JvmTimeZoneCheck()
				.check(new MockEnvironment().withProperty("ehcflow.time-zone", "Europe/Londres")))
			.withMessageContaining("ehcflow.time-zone is not a time zone: Europe/Londres");
	}

}
