package org.ehcflow.statutory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReviewScheduleTests {

	static final LocalDate ISSUED = LocalDate.of(2026, 7, 20);

	@Test
	void theWorkedExampleWithoutATransferMeetsBy21June2027AndStarts8WeeksBefore() {
		ReviewSchedule schedule = ReviewSchedule.of(ISSUED, 12, null, LocalDate.of(2026, 7, 21));

		assertThat(schedule.annualReviewDecisionBy()).isEqualTo("2027-07-19");
		assertThat(schedule.reviewMeetingBy()).isEqualTo("2027-06-21");
		assertThat(schedule.nextReviewStartsOn()).isEqualTo("2027-04-26");
		assertThat(schedule.overdue()).isFalse();
	}

	@Test
	void aYear6TransferBringsTheMeetingForwardTo12WeeksBefore15February() {
		ReviewSchedule schedule = ReviewSchedule.of(ISSUED, 12, LocalDate.of(2027, 2, 15), LocalDate.of(2026, 7, 21));

		assertThat(schedule.annualReviewDecisionBy()).isEqualTo("2027-07-19");
		assertThat(schedule.phaseTransferPlanBy()).isEqualTo("2027-02-15");
		assertThat(schedule.reviewMeetingBy()).isEqualTo("2026-11-23");
		assertThat(schedule.nextReviewStartsOn()).isEqualTo("2026-09-28");
	}

	@Test
	void aChildUnder5IsDueWithinTheConfiguredMonths() {
		ReviewSchedule schedule = ReviewSchedule.of(LocalDate.of(2026, 1, 12), 6, null, LocalDate.of(2026, 1, 13));

		assertThat(schedule.annualReviewDecisionBy()).isEqualTo("2026-07-11");
	}

	@Test
	void aReviewWhoseStartHasPassedStartsTodayAndOnePastItsDecisionDateIsOverdue() {
		LocalDate today = LocalDate.of(2026, 3, 2);
		ReviewSchedule dueNow = ReviewSchedule.of(LocalDate.of(2025, 4, 20), 12, null, today);
		ReviewSchedule overdue = ReviewSchedule.of(LocalDate.of(2025, 1, 10), 12, null, today);

		assertThat(dueNow.nextReviewStartsOn()).isEqualTo(today);
		assertThat(dueNow.startsBy(today)).isTrue();
		assertThat(dueNow.overdue()).isFalse();
		assertThat(overdue.annualReviewDecisionBy()).isEqualTo("2026-01-09");
		assertThat(overdue.overdue()).isTrue();
	}

	@Test
	void theFamilyMayAppealACessationFor2Months() {
		// 20 December 2026 is a Sunday: HESC r12 moves it to Monday 21 December
		assertThat(ReviewTimeLimits.ceaseAppealWindowEnds(LocalDate.of(2026, 10, 20), null)).isEqualTo("2026-12-21");
		// 28 February 2027 (31 clamped) is a Sunday: Monday 1 March
		assertThat(ReviewTimeLimits.ceaseAppealWindowEnds(LocalDate.of(2026, 12, 31), null)).isEqualTo("2027-03-01");
	}

}
