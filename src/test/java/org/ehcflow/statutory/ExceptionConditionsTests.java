package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The exceptions' own conditions (SEND Regulations 2014 reg 5(4), 8(2), 10(4)), with the
 * dates worked out from the regulation's words: "a continuous period of not less than 4
 * weeks" is 28 days counting the first and last; the closure window runs "from one week
 * before [the setting] closes ... to one week before the date on which it re-opens".
 */
class ExceptionConditionsTests {

	@Nested
	class AwayFromTheArea {

		// Request received Monday 2 March 2026: decide whether to assess by Monday 13
		// April 2026.
		static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

		static final LocalDate DECIDE_BY = LocalDate.of(2026, 4, 13);

		@ParameterizedTest(name = "away {0} to {1}: counts for the 6 weeks = {2}")
		@CsvSource({ "2026-03-09, 2026-04-05, true", // 9 Mar to 5 Apr: 23 + 5 = 28 days
				"2026-03-09, 2026-04-04, false", // 27 days
				"2026-03-20, 2026-04-30, true", // 6 weeks away from 20 March, over the
												// deadline
				"2026-02-01, 2026-03-28, true", // 8 weeks away, reaching into the period
				"2026-01-01, 2026-02-27, false", // over before the request
				"2026-04-14, 2026-05-20, false", // began after the deadline
				"2026-04-13, , true", // began on the deadline day and goes on
				"2026-04-14, , false" })
		void fourContinuousWeeksThatFallWithinTheStepsPeriod(LocalDate from, LocalDate until, boolean counts) {
			assertThat(ExceptionConditions.awayForFourWeeksDuring(from, until, RECEIVED, DECIDE_BY)).isEqualTo(counts);
		}

		@Test
		void twentyEightDaysCountTheFirstAndTheLastDayAway() {
			assertThat(ExceptionConditions.daysInclusive(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 4, 16)))
				.isEqualTo(28);
		}

	}

	@Nested
	class SettingClosed {

		// A school closed for the summer: last day of term Friday 17 July 2026, so closed
		// from Saturday
		// 18 July to Tuesday 1 September 2026 (an INSET day), reopening Wednesday 2
		// September 2026.
		static final LocalDate FIRST_DAY_CLOSED = LocalDate.of(2026, 7, 18);

		static final LocalDate LAST_DAY_CLOSED = LocalDate.of(2026, 9, 1);

		@Test
		void theWindowRunsFromAWeekBeforeItClosedToAWeekBeforeItReopened() {
			assertThat(ExceptionConditions.closureWindowStart(FIRST_DAY_CLOSED)).isEqualTo("2026-07-11");
			assertThat(ExceptionConditions.closureWindowEnd(LAST_DAY_CLOSED)).isEqualTo("2026-08-26");
		}

		@ParameterizedTest(name = "advice asked {0}: within the window = {1}")
		@CsvSource({ "2026-07-10, false", "2026-07-11, true", "2026-08-03, true", "2026-08-26, true",
				"2026-08-27, false" })
		void adviceAskedWithinTheWindowCounts(LocalDate asked, boolean counts) {
			assertThat(ExceptionConditions.askedWithinClosureWindow(asked, FIRST_DAY_CLOSED, LAST_DAY_CLOSED))
				.isEqualTo(counts);
		}

		@ParameterizedTest(name = "closed {0} to {1}: four weeks = {2}")
		@CsvSource({ "2026-07-18, 2026-08-14, true", "2026-07-18, 2026-08-13, false", "2026-12-19, 2027-01-03, false" }) // a
																															// Christmas
																															// holiday
																															// is
																															// not
																															// 4
																															// weeks
		void theClosureMustLastFourWeeksInARow(LocalDate first, LocalDate last, boolean counts) {
			assertThat(ExceptionConditions.closedForFourWeeks(first, last)).isEqualTo(counts);
		}

	}

}
