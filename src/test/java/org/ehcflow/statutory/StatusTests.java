package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusTests {

	private static final LocalDate DUE_BY = LocalDate.of(2026, 7, 20);

	@Nested
	class NotYetDone {

		@ParameterizedTest(name = "due {0}, today {1}: {2}")
		@CsvSource({ "2026-07-20, 2026-03-02, OPEN", "2026-07-20, 2026-07-19, OPEN", "2026-07-20, 2026-07-20, OPEN",
				"2026-07-20, 2026-07-21, OVERDUE", "2026-12-31, 2026-12-31, OPEN", "2026-12-31, 2027-01-01, OVERDUE",
				"2028-02-29, 2028-02-29, OPEN", "2028-02-29, 2028-03-01, OVERDUE" })
		void itIsOpenUpToAndIncludingTheDueDayAndOverdueFromTheDayAfter(LocalDate dueBy, LocalDate today,
				Status expected) {
			assertThat(Status.of(dueBy, null, today)).isEqualTo(expected);
		}

		@Test
		void withoutADeadlineItIsOpen() {
			assertThat(Status.of(null, null, LocalDate.of(2030, 1, 1))).isEqualTo(Status.OPEN);
		}

	}

	@Nested
	class Done {

		@ParameterizedTest(name = "due {0}, done {1}: {2}")
		@CsvSource({ "2026-07-20, 2026-03-02, ON_TIME", "2026-07-20, 2026-07-19, ON_TIME",
				"2026-07-20, 2026-07-20, ON_TIME", "2026-07-20, 2026-07-21, LATE", "2026-12-31, 2027-01-01, LATE",
				"2028-02-29, 2028-02-29, ON_TIME", "2028-02-29, 2028-03-01, LATE" })
		void theDueDayItselfIsOnTimeAndAnyLaterDayIsLate(LocalDate dueBy, LocalDate completedOn, Status expected) {
			assertThat(Status.of(dueBy, completedOn, LocalDate.of(2030, 1, 1))).isEqualTo(expected);
		}

		@Test
		void todayDoesNotMatterOnceTheStepIsDone() {
			assertThat(Status.of(DUE_BY, DUE_BY, LocalDate.of(2026, 7, 1))).isEqualTo(Status.ON_TIME);
			assertThat(Status.of(DUE_BY, DUE_BY.plusDays(1), null)).isEqualTo(Status.LATE);
		}

		@Test
		void withoutADeadlineItIsOnTime() {
			assertThat(Status.of(null, DUE_BY, DUE_BY)).isEqualTo(Status.ON_TIME);
		}

	}

	@Test
	void ofNeverReportsNotApplicableWhichCallersUseForSkippedSteps() {
		assertThat(Status.of(DUE_BY, null, DUE_BY)).isNotEqualTo(Status.NOT_APPLICABLE);
		assertThat(Status.of(null, null, DUE_BY)).isNotEqualTo(Status.NOT_APPLICABLE);
		assertThat(Status.of(null, DUE_BY, DUE_BY)).isNotEqualTo(Status.NOT_APPLICABLE);
	}

}
