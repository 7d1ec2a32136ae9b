package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CFA 2014 s46 with reg 46(1)(a): dates worked out by hand (academic year 1 August to 31
 * July).
 */
class PlanAgeLimitTests {

	@ParameterizedTest(name = "born {0}: 25 on {1}, plan ends by {2}")
	@CsvSource({ "2001-03-15, 2026-03-15, 2026-07-31", "2001-07-31, 2026-07-31, 2026-07-31",
			"2001-08-01, 2026-08-01, 2027-07-31", "2001-12-25, 2026-12-25, 2027-07-31",
			"2004-02-29, 2029-02-28, 2029-07-31" })
	void endOfTheAcademicYearInWhichTheYoungPersonTurns25(LocalDate born, LocalDate turns25, LocalDate endsBy) {
		assertThat(born.plusYears(25)).isEqualTo(turns25);
		assertThat(PlanAgeLimit.planEndsByAge(born)).isEqualTo(endsBy);
	}

	@Test
	void neverPastTheDayBeforeThe26thBirthday() {
		// born 1 August: 25 on the first day of an academic year, which ends the day
		// before 26
		LocalDate born = LocalDate.of(2001, 8, 1);
		assertThat(PlanAgeLimit.planEndsByAge(born)).isEqualTo(born.plusYears(26).minusDays(1));
	}

	@Test
	void theCaseworkerIsAskedEightWeeksBefore() {
		assertThat(PlanAgeLimit.caseworkerTaskOn(LocalDate.of(2001, 3, 15))).isEqualTo("2026-06-05");
	}

}
