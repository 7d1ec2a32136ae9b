package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeLimitsTests {

	@Nested
	class WeeksFrom {

		@ParameterizedTest(name = "{0} + {1} weeks = {2}")
		@CsvSource({ "2026-03-02, 6, 2026-04-13", "2026-03-02, 20, 2026-07-20", "2026-12-31, 6, 2027-02-11",
				"2027-12-31, 20, 2028-05-19", "2028-02-01, 4, 2028-02-29", "2028-02-29, 1, 2028-03-07",
				"2029-02-01, 4, 2029-03-01" })
		void theStartIsDayZeroAndEachWeekIsSevenCalendarDays(LocalDate start, int weeks, LocalDate expected) {
			assertThat(TimeLimits.weeksFrom(start, weeks)).isEqualTo(expected);
		}

		@Test
		void zeroWeeksEndsOnTheStartDay() {
			assertThat(TimeLimits.weeksFrom(LocalDate.of(2026, 3, 2), 0)).isEqualTo("2026-03-02");
		}

		@Test
		void weekendsAndBankHolidaysDoNotExtendTheLimit() {
			// Christmas Day and Boxing Day 2026 fall inside; the limit is still exactly
			// 14 days on.
			assertThat(TimeLimits.weeksFrom(LocalDate.of(2026, 12, 18), 2)).isEqualTo("2027-01-01");
		}

		@Test
		void negativeWeeksAreRefused() {
			assertThatIllegalArgumentException().isThrownBy(() -> TimeLimits.weeksFrom(LocalDate.of(2026, 3, 2), -1));
		}

		@Test
		void aMissingStartIsRefused() {
			assertThatNullPointerException().isThrownBy(() -> TimeLimits.weeksFrom(null, 6));
		}

	}

	@Nested
	class DaysBeginningWith {

		@ParameterizedTest(name = "{1} days beginning with {0} end on {2}")
		@CsvSource({ "2026-06-08, 15, 2026-06-22", "2026-12-25, 15, 2027-01-08", "2028-02-15, 15, 2028-02-29",
				"2027-02-15, 15, 2027-03-01", "2026-06-08, 1, 2026-06-08" })
		void theDayOfServiceIsDayOne(LocalDate served, int days, LocalDate expected) {
			assertThat(TimeLimits.daysBeginningWith(served, days)).isEqualTo(expected);
		}

		@Test
		void aPeriodOfNoDaysIsRefused() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> TimeLimits.daysBeginningWith(LocalDate.of(2026, 6, 8), 0));
		}

	}

	@Nested
	class WithinMonthsStartingWith {

		@ParameterizedTest(name = "{1} months starting with {0} end on {2}")
		@CsvSource({ "2026-07-20, 12, 2027-07-19", "2027-01-01, 12, 2027-12-31", "2026-12-31, 12, 2027-12-30",
				"2026-07-01, 6, 2026-12-31", "2027-03-01, 12, 2028-02-29", "2028-03-01, 12, 2029-02-28",
				"2028-02-28, 12, 2029-02-27" })
		void theStartIsTheFirstDaySoThePeriodEndsTheDayBeforeTheSameDateLater(LocalDate start, int months,
				LocalDate expected) {
			assertThat(TimeLimits.withinMonthsStartingWith(start, months)).isEqualTo(expected);
		}

		@ParameterizedTest(name = "{1} months starting with {0} end on {2}")
		@CsvSource({ "2028-02-29, 12, 2029-02-28", "2026-08-31, 6, 2027-02-28", "2027-08-31, 6, 2028-02-29",
				"2026-03-31, 1, 2026-04-30", "2026-01-31, 1, 2026-02-28" })
		void whenTheFinalMonthHasNoSuchDayThePeriodEndsOnItsLastDay(LocalDate start, int months, LocalDate expected) {
			assertThat(TimeLimits.withinMonthsStartingWith(start, months)).isEqualTo(expected);
		}

		@Test
		void aPeriodOfNoMonthsIsRefused() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> TimeLimits.withinMonthsStartingWith(LocalDate.of(2026, 7, 20), 0));
		}

	}

	@Nested
	class MonthsAfter {

		@ParameterizedTest(name = "{1} months after {0} end on {2}")
		@CsvSource({ "2026-07-20, 2, 2026-09-20", "2026-11-15, 2, 2027-01-15", "2026-03-31, 2, 2026-05-31" })
		void thePeriodEndsOnTheSameDateLater(LocalDate start, int months, LocalDate expected) {
			assertThat(TimeLimits.monthsAfter(start, months)).isEqualTo(expected);
		}

		@ParameterizedTest(name = "{1} months after {0} end on {2}")
		@CsvSource({ "2026-12-31, 2, 2027-02-28", "2027-12-31, 2, 2028-02-29", "2027-01-31, 1, 2027-02-28",
				"2026-08-31, 1, 2026-09-30", "2028-02-29, 12, 2029-02-28" })
		void aDayTheFinalMonthDoesNotHaveBecomesItsLastDay(LocalDate start, int months, LocalDate expected) {
			assertThat(TimeLimits.monthsAfter(start, months)).isEqualTo(expected);
		}

		@Test
		void negativeMonthsAreRefused() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> TimeLimits.monthsAfter(LocalDate.of(2026, 7, 20), -2));
		}

	}

	@Nested
	class ReminderDate {

		@ParameterizedTest(name = "{1} days before {0} is {2}")
		@CsvSource({ "2026-07-20, 7, 2026-07-13", "2027-01-03, 7, 2026-12-27", "2028-03-06, 7, 2028-02-28",
				"2026-07-20, 0, 2026-07-20" })
		void theReminderGoesOutTheGivenNumberOfCalendarDaysBeforeTheDeadline(LocalDate dueBy, int daysBefore,
				LocalDate expected) {
			assertThat(TimeLimits.reminderDate(dueBy, daysBefore)).isEqualTo(expected);
		}

		@Test
		void aReminderAfterTheDeadlineIsRefused() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> TimeLimits.reminderDate(LocalDate.of(2026, 7, 20), -1));
		}

	}

}
