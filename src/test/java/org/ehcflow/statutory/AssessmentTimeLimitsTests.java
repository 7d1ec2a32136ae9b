package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AssessmentTimeLimitsTests {

	@Nested
	class Advice {

		@ParameterizedTest(name = "asked {0}, due {1}")
		@CsvSource({ "2026-04-13, 2026-05-25", "2026-12-01, 2027-01-12", "2028-01-25, 2028-03-07",
				"2028-02-29, 2028-04-11" })
		void adviceIsDueSixWeeksFromTheDayItWasAskedFor(LocalDate requested, LocalDate due) {
			assertThat(AssessmentTimeLimits.adviceDueBy(requested)).isEqualTo(due);
		}

	}

	@Nested
	class DraftRepresentations {

		@ParameterizedTest(name = "served {0}, window ends {1}, final plan from {2}")
		@CsvSource({ "2026-06-08, 2026-06-22, 2026-06-23", "2026-12-25, 2027-01-08, 2027-01-09",
				"2028-02-15, 2028-02-29, 2028-03-01", "2027-02-15, 2027-03-01, 2027-03-02" })
		void theFamilyHas15DaysBeginningWithTheDayTheDraftWasServed(LocalDate served, LocalDate windowEnds,
				LocalDate earliestFinal) {
			assertThat(AssessmentTimeLimits.draftRepresentationsBy(served)).isEqualTo(windowEnds);
			assertThat(AssessmentTimeLimits.earliestFinalPlanDate(served)).isEqualTo(earliestFinal);
		}

		@Test
		void theFinalPlanMayBeIssuedOnlyAfterTheWindowCloses() {
			LocalDate served = LocalDate.of(2026, 6, 8);

			assertThat(AssessmentTimeLimits.earliestFinalPlanDate(served))
				.isEqualTo(AssessmentTimeLimits.draftRepresentationsBy(served).plusDays(1));
		}

	}

	@Nested
	class SettingConsultation {

		@ParameterizedTest(name = "sent {0}, reply due {1}")
		@CsvSource({ "2026-06-22, 2026-07-07", "2026-12-24, 2027-01-08", "2028-02-14, 2028-02-29" })
		void theSettingShouldReplyWithin15DaysOfTheConsultation(LocalDate sent, LocalDate due) {
			assertThat(AssessmentTimeLimits.settingConsultationBy(sent)).isEqualTo(due);
		}

	}

}
