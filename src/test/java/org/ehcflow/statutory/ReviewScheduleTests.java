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
	void aYear6TransferBringsTheMeetingForwardTo12WeeksBefore14February() {
		ReviewSchedule schedule = ReviewSchedule.of(ISSUED, 12, LocalDate.of(2027, 2, 14), LocalDate.of(2026, 9, 1));

		assertThat(schedule.annualReviewDecisionBy()).isEqualTo("2027-07-19");
		assertThat(schedule.phaseTransferPlanBy()).isEqualTo("2027-02-14");
		assertThat(schedule.reviewMeetingBy()).isEqualTo("2026-11-22");
		assertThat(schedule.nextReviewStartsOn()).isEqualTo("2026-09-27");
		assertThat(schedule.meetingDayPassed()).isFalse();
	}

	@Test
	void aPlanIssuedOn20November2026InYear6StartsItsTransferReviewAtOnceAsTheMeetingDayHasPassed() {
		// reg 18(1)(b): by 14 Feb 2027; meeting 12 weeks before: 22 Nov 2026; today 2 Dec
		// 2026.
		LocalDate today = LocalDate.of(2026, 12, 2);
		ReviewSchedule schedule = ReviewSchedule.of(LocalDate.of(2026, 11, 20), 12, LocalDate.of(2027, 2, 14), today);

		assertThat(schedule.annualReviewDecisionBy()).isEqualTo("2027-11-19");
		assertThat(schedule.reviewMeetingBy()).isEqualTo("2026-11-22");
		assertThat(schedule.meetingDayPassed()).isTrue();
		assertThat(schedule.nextReviewStartsOn()).isEqualTo(today);
		assertThat(schedule.overdue()).isFalse();
	}

	@Test
	void aChildUnder5KeepsThe12MonthStatutoryDateAndGetsTheCodesTargetBesideIt() {
		// CFA s44(1): within 12 months starting with 12 Jan 2026 -> 11 Jan 2027; Code
		// 9.178, 6 months -> 11 Jul 2026.
		ReviewSchedule schedule = ReviewSchedule.of(LocalDate.of(2026, 1, 12), 6, null, LocalDate.of(2026, 1, 13));

		assertThat(schedule.annualReviewDecisionBy()).isEqualTo("2027-01-11");
		assertThat(schedule.underFiveReviewTargetBy()).isEqualTo("2026-07-11");
		assertThat(schedule.reviewMeetingBy()).isEqualTo("2026-06-13");
	}

	@Test
	void aChildUnder5PastTheTargetButWithinTheYearIsNotOverdue() {
		ReviewSchedule schedule = ReviewSchedule.of(LocalDate.of(2026, 1, 12), 6, null, LocalDate.of(2026, 8, 1));

		assertThat(schedule.overdue()).isFalse();
		assertThat(schedule.nextReviewStartsOn()).isEqualTo("2026-08-01");
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
