package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcademicCalendarTests {

	@Nested
	class YearGroups {

		@ParameterizedTest(name = "born {0}: {2} on {1}")
		@CsvSource({ "2016-05-14, 2026-03-02, 5", "2016-08-31, 2026-03-02, 5", "2016-09-01, 2026-03-02, 4",
				"2021-09-01, 2026-03-02, N2", "2021-08-31, 2026-03-02, R", "2022-08-31, 2026-09-01, R",
				"2022-09-01, 2026-09-01, N2", "2023-06-01, 2026-01-13, N1", "2024-01-01, 2026-01-13, N1",
				"2008-01-01, 2026-01-13, 13", "2000-01-01, 2026-01-13, 14" })
		void aChildStartsReceptionInTheSeptemberAfterTheirFourthBirthday(LocalDate born, LocalDate on, String year) {
			assertThat(AcademicCalendar.yearGroupOn(born, on)).isEqualTo(year);
		}

		@ParameterizedTest(name = "{0} moved up {1} times: {2}")
		@CsvSource({ "N1, 1, N2", "N2, 1, R", "R, 1, 1", "6, 1, 7", "14, 1, 14", "3, -2, 1", "N1, -1, N1" })
		void theYearGroupMovesUpEachSeptember(String from, int moves, String to) {
			assertThat(AcademicCalendar.advance(from, moves)).isEqualTo(to);
		}

		@ParameterizedTest(name = "{0}: {1}")
		@CsvSource({ "-2, N1", "-1, N2", "0, R", "4, 4", "14, 14", "N2, N2", "15, ", "x, " })
		void theAssessmentsWholeNumberYearIsAYearGroup(String year, String group) {
			assertThat(AcademicCalendar.yearGroupOf(year)).isEqualTo(group);
		}

	}

	@Nested
	class SchoolYears {

		@ParameterizedTest(name = "{0} to {1}: {2}")
		@CsvSource({ "2026-07-20, 2027-07-19, 1", "2026-08-31, 2026-09-01, 1", "2026-09-01, 2027-08-31, 0",
				"2026-03-02, 2026-01-09, 0", "2026-03-02, 2025-08-31, -1" })
		void countsThe1SeptembersInBetween(LocalDate from, LocalDate to, int moves) {
			assertThat(AcademicCalendar.movesUpBetween(from, to)).isEqualTo(moves);
		}

		@Test
		void theYearOfTransferIsTheYearOfTheSeptemberThatEndsTheSchoolYear() {
			assertThat(AcademicCalendar.yearOfTransferAfter(LocalDate.of(2026, 11, 23))).isEqualTo(2027);
			assertThat(AcademicCalendar.yearOfTransferAfter(LocalDate.of(2027, 6, 21))).isEqualTo(2027);
			assertThat(AcademicCalendar.yearOfTransferAfter(LocalDate.of(2027, 9, 1))).isEqualTo(2028);
		}

	}

}
