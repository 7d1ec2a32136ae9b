package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The appeal window of HESC Rules r20(1)(c) moved by r12, with dates worked out by hand
 * from the rules and a 2026–2028 calendar (not from the code).
 */
class TribunalTimeLimitsTests {

	@Nested
	class AppealBy {

		@ParameterizedTest(name = "notice {0} -> last day to appeal {1} ({2})")
		@CsvSource(delimiter = '|', value = {
				// a plain working day: Monday 14 December 2026
				"2026-10-14 | 2026-12-14 | an ordinary weekday stays",
				// 25 December 2026 falls in the Christmas window: first working day after
				// 1 January 2027;
				// 1 Jan is a Friday bank holiday, 2 and 3 Jan the weekend
				"2026-10-25 | 2027-01-04 | Christmas Day moves past New Year",
				"2026-11-01 | 2027-01-04 | 1 January itself is in the window",
				// 26 December 2027: 1 January 2028 is a Saturday, its substitute bank
				// holiday Monday 3 January
				"2027-10-26 | 2028-01-04 | the substitute New Year bank holiday counts",
				// 10 August 2026: first working day after 31 August (a Monday bank
				// holiday that year)
				"2026-06-10 | 2026-09-01 | a last day in August moves to September",
				"2026-06-30 | 2026-09-01 | 30 August moves too",
				// 14 November 2026 is a Saturday
				"2026-09-14 | 2026-11-16 | a Saturday moves to Monday",
				// 26 March 2027 is Good Friday; 29 March Easter Monday (bank holiday in
				// England and Wales)
				"2027-01-26 | 2027-03-30 | Good Friday and Easter Monday move to Tuesday",
				// 31 December + 2 months clamps to Sunday 28 February 2027
				"2026-12-31 | 2027-03-01 | a clamped 31st on a Sunday moves to Monday" })
		void twoMonthsAfterTheNoticeMovedByRule12(LocalDate notice, LocalDate appealBy, String why) {
			assertThat(TribunalTimeLimits.appealBy(notice, null)).isEqualTo(appealBy);
		}

		@Test
		void aLaterMediationCertificateGivesOneMonthAfterIt() {
			// notice 14 Sep 2026 -> 16 Nov 2026; certificate 2 Nov 2026 -> Wednesday 2
			// Dec 2026, later
			assertThat(TribunalTimeLimits.appealBy(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 11, 2)))
				.isEqualTo("2026-12-02");
		}

		@Test
		void anEarlierMediationCertificateLeavesTheTwoMonths() {
			// certificate 20 Sep 2026 -> 20 Oct 2026, before 14 Nov (Saturday) -> Monday
			// 16 Nov
			assertThat(TribunalTimeLimits.appealBy(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 20)))
				.isEqualTo("2026-11-16");
		}

		@Test
		void aMediationCertificateInJulyCanPushTheWindowIntoAugustAndOut() {
			// notice 20 May 2027 -> 20 Jul; certificate 5 Jul 2027 -> 5 Aug 2027, in
			// August:
			// 30 Aug 2027 is the bank holiday, 31 Aug a Tuesday, so Wednesday 1 September
			assertThat(TribunalTimeLimits.appealBy(LocalDate.of(2027, 5, 20), LocalDate.of(2027, 7, 5)))
				.isEqualTo("2027-09-01");
		}

		@Test
		void aMediationCertificateOnTheNoticeDayChangesNothing() {
			assertThat(TribunalTimeLimits.appealBy(LocalDate.of(2026, 10, 14), LocalDate.of(2026, 10, 14)))
				.isEqualTo("2026-12-14");
		}

	}

	@Nested
	class Rule12 {

		private final WorkingDays everyDay = day -> true;

		@Test
		void theChristmasWindowMovesEvenWhenEveryDayIsAWorkingDay() {
			assertThat(TribunalTimeLimits.movedByRule12(LocalDate.of(2026, 12, 25), everyDay)).isEqualTo("2027-01-02");
			assertThat(TribunalTimeLimits.movedByRule12(LocalDate.of(2026, 12, 24), everyDay)).isEqualTo("2026-12-24");
			assertThat(TribunalTimeLimits.movedByRule12(LocalDate.of(2027, 1, 1), everyDay)).isEqualTo("2027-01-02");
			assertThat(TribunalTimeLimits.movedByRule12(LocalDate.of(2027, 1, 2), everyDay)).isEqualTo("2027-01-02");
		}

		@Test
		void augustMovesToTheFirstWorkingDayAfter31August() {
			assertThat(TribunalTimeLimits.movedByRule12(LocalDate.of(2026, 8, 1), everyDay)).isEqualTo("2026-09-01");
			assertThat(TribunalTimeLimits.movedByRule12(LocalDate.of(2026, 8, 31), everyDay)).isEqualTo("2026-09-01");
			assertThat(TribunalTimeLimits.movedByRule12(LocalDate.of(2026, 7, 31), everyDay)).isEqualTo("2026-07-31");
		}

	}

	@Nested
	class EnglandAndWales {

		private final WorkingDays calendar = EnglandAndWalesWorkingDays.calendar();

		@ParameterizedTest(name = "{0} is not a working day ({1})")
		@CsvSource(delimiter = '|', value = { "2026-04-03 | Good Friday 2026", "2027-03-26 | Good Friday 2027",
				"2026-04-06 | Easter Monday 2026", "2026-05-04 | early May bank holiday",
				"2026-05-25 | spring bank holiday",
				"2026-08-31 | summer bank holiday (England, not Scotland's first Monday)", "2026-12-25 | Christmas Day",
				"2026-12-28 | Boxing Day's substitute (26 Dec 2026 is a Saturday)",
				"2027-12-27 | Christmas Day's substitute (25 Dec 2027 is a Saturday)", "2026-11-14 | a Saturday",
				"2026-11-15 | a Sunday" })
		void notWorkingDays(LocalDate day, String why) {
			assertThat(calendar.isWorkingDay(day)).isFalse();
		}

		@ParameterizedTest(name = "{0} is a working day ({1})")
		@CsvSource(delimiter = '|', value = { "2026-08-03 | Scotland's summer bank holiday is not England's",
				"2027-01-04 | the first Monday of 2027", "2026-03-17 | St Patrick's Day is Northern Ireland's only",
				"2026-11-30 | St Andrew's Day is Scotland's only", "2026-12-24 | Christmas Eve" })
		void workingDays(LocalDate day, String why) {
			assertThat(calendar.isWorkingDay(day)).isTrue();
		}

		@Test
		void goodFridayFollowsEaster() {
			assertThat(EnglandAndWalesWorkingDays.goodFriday(2026)).isEqualTo("2026-04-03");
			assertThat(EnglandAndWalesWorkingDays.goodFriday(2027)).isEqualTo("2027-03-26");
			assertThat(EnglandAndWalesWorkingDays.goodFriday(2028)).isEqualTo("2028-04-14");
		}

	}

	@Test
	void mediationAdviserWithinTwoMonthsOfTheNoticeWithoutWorkingDays() {
		assertThat(TribunalTimeLimits.mediationContactBy(LocalDate.of(2026, 10, 25))).isEqualTo("2026-12-25");
		assertThat(TribunalTimeLimits.mediationContactBy(LocalDate.of(2026, 12, 31))).isEqualTo("2027-02-28");
	}

}
