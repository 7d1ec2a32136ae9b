package org.ehcflow.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.ehcflow.common.EhcFlowProperties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The advice request's timer cycles, in the engine's ISO 8601 repeating-interval form,
 * for advice asked on Monday 13 April 2026 and due on Monday 25 May 2026 (British Summer
 * Time).
 */
class AdviceTimersTests {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static AdviceTimers timers(String days, String today) {
		Clock clock = Clock.fixed(LocalDate.parse(today).atTime(LocalTime.of(9, 0)).atZone(LONDON).toInstant(), LONDON);
		return new AdviceTimers(
				new EhcFlowProperties(LONDON, 7, URI.create("http://localhost:8080"), "send@example.org", "EHC"), clock,
				days);
	}

	@Nested
	class TheAdviceGiversReminders {

		@Test
		void byDefaultFireFourteenAndThreeDaysBeforeTheDueDate() {
			assertThat(timers("14,3", "2026-04-13").giverReminderCycle("2026-05-25"))
				.isEqualTo("R1/2026-05-11T00:00:00+01:00/P11D");
		}

		@Test
		void unevenDaysAreReachedDailyAndEvenOnesInTheirOwnSteps() {
			assertThat(timers("3, 7,14", "2026-04-13").giverReminderCycle("2026-05-25"))
				.isEqualTo("R11/2026-05-11T00:00:00+01:00/P1D");
			assertThat(timers("21,14,7", "2026-04-13").giverReminderCycle("2026-05-25"))
				.isEqualTo("R2/2026-05-04T00:00:00+01:00/P7D");
			assertThat(timers("7", "2026-04-13").giverReminderCycle("2026-05-25"))
				.isEqualTo("R0/2026-05-18T00:00:00+01:00/P1D");
		}

		@Test
		void leaveOutReminderDaysThatHaveBegunAndFallBackToTheDueDateWhenNoneIsLeft() {
			assertThat(timers("14,3", "2026-05-11").giverReminderCycle("2026-05-25"))
				.isEqualTo("R0/2026-05-22T00:00:00+01:00/P1D");
			assertThat(timers("14,3", "2026-05-23").giverReminderCycle("2026-05-25"))
				.isEqualTo("R0/2026-05-25T00:00:00+01:00/P1D");
		}

		@Test
		void refuseASettingThatIsNotAListOfDays() {
			assertThatThrownBy(() -> timers("two weeks", "2026-04-13")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("ehcflow.advice.reminder-days-before");
			assertThatThrownBy(() -> timers("14,0", "2026-04-13")).isInstanceOf(IllegalArgumentException.class);
			assertThatThrownBy(() -> timers(" ", "2026-04-13")).isInstanceOf(IllegalArgumentException.class);
		}

	}

	@Nested
	class TheEscalation {

		@Test
		void startsOnTheDueDateAndRepeatsWeeklyWithoutEnd() {
			assertThat(timers("14,3", "2026-04-13").escalationCycle("2026-05-25"))
				.isEqualTo("R/2026-05-25T00:00:00+01:00/P7D");
			assertThat(timers("14,3", "2026-10-01").escalationCycle("2026-11-30"))
				.isEqualTo("R/2026-11-30T00:00:00Z/P7D");
		}

	}

}
